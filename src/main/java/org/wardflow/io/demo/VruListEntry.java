package org.wardflow.io.demo;

/**
 * One school on the FICTIONAL demo VRU priority list.
 *
 * @param urn the school's URN (fictional, 99xxxx)
 * @param schoolName the school's name
 * @param tier priority tier, 1 (highest) to 3
 */
public record VruListEntry(String urn, String schoolName, int tier) {}
