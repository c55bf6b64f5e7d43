package org.wardflow.export;

/**
 * The application version for manifests, from the jar manifest's {@code Implementation-Version} (or
 * "dev" when run from classes). Kept here because {@code export} may not depend on {@code cli}.
 */
public final class AppVersion {
  private AppVersion() {}

  /** The version string. */
  public static String get() {
    String v = AppVersion.class.getPackage().getImplementationVersion();
    return v == null || v.isBlank() ? "dev" : v;
  }
}
