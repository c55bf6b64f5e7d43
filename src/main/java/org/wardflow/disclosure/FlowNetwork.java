package org.wardflow.disclosure;

import java.util.Arrays;

/**
 * A growable directed network with a feasible flow and lower/upper bounds on every edge: the exact
 * model of what a reader can infer about a two-way table from its published cells and totals.
 *
 * <p>Nodes {@code 0..rows-1} are wards, {@code rows..rows+cols-1} schools, then the source {@code
 * s} (ward totals) and sink {@code t} (school totals). A hidden cell is an edge ward → school; a
 * ward total is an edge s → ward, a school total school → t and the grand total t → s. A published
 * figure fixes its edge (lower = upper); a hidden one leaves it free. Every feasible table is a
 * feasible circulation and vice versa, so the range of one edge's flow over all feasible
 * circulations is exactly the linear-programming interval of that cell or total. That range is
 * found from one feasible flow by two maximum flows in the residual network (the edge itself
 * excluded): how much more can return from its head to its tail, and how much can go round the
 * other way. Because the constraint matrix of a two-way table is totally unimodular the bounds are
 * integral and equal to the LP optimum.
 *
 * <p>Primitive arrays only; adjacency is a linked list in arrays so edges can be added in O(1)
 * while secondary suppression grows the pattern. Queries undo their own augmentations, so the
 * stored flow never changes. Not thread-safe.
 */
final class FlowNetwork {
  /** Stands for "no bound". Sums of a few of these still fit in a long. */
  static final long INF = 1L << 52;

  private final int nodeCount;
  private int edgeCount;
  private int[] from;
  private int[] to;
  private long[] lo;
  private long[] hi;
  // residual capacity per slot: res[2e] = hi − flow (forward), res[2e+1] = flow − lo (backward);
  // the flow itself is lo + res[2e+1]
  private long[] res;
  // the node a slot leads to: end[2e] = to[e], end[2e+1] = from[e]
  private int[] end;
  // adjacency: slot 2e is e in from[e]'s list, slot 2e+1 is e in to[e]'s list
  private final int[] head;
  private int[] next;

  // scratch for searches
  private final int[] mark;
  private final int[] markB;
  private int stamp;
  private final int[] queue;
  private final int[] queueB;
  private final int[] parentSlot;
  private final int[] nextSlot;
  private int[] undoEdge = new int[64];
  private long[] undoDelta = new long[64];
  private int undoSize;
  // Dinic scratch
  private final int[] level;
  private final int[] iter;

  FlowNetwork(int nodeCount, int expectedEdges) {
    this.nodeCount = nodeCount;
    int cap = Math.max(4, expectedEdges);
    from = new int[cap];
    to = new int[cap];
    lo = new long[cap];
    hi = new long[cap];
    res = new long[2 * cap];
    end = new int[2 * cap];
    next = new int[2 * cap];
    head = new int[nodeCount];
    Arrays.fill(head, -1);
    mark = new int[nodeCount];
    markB = new int[nodeCount];
    queue = new int[nodeCount];
    queueB = new int[nodeCount];
    parentSlot = new int[nodeCount];
    nextSlot = new int[nodeCount];
    level = new int[nodeCount];
    iter = new int[nodeCount];
  }

  int nodeCount() {
    return nodeCount;
  }

  int edgeCount() {
    return edgeCount;
  }

  /** Adds an edge and returns its id. */
  int addEdge(int u, int v, long lower, long upper, long f) {
    if (edgeCount == from.length) {
      int cap = edgeCount * 2;
      from = Arrays.copyOf(from, cap);
      to = Arrays.copyOf(to, cap);
      lo = Arrays.copyOf(lo, cap);
      hi = Arrays.copyOf(hi, cap);
      res = Arrays.copyOf(res, 2 * cap);
      end = Arrays.copyOf(end, 2 * cap);
      next = Arrays.copyOf(next, 2 * cap);
    }
    int e = edgeCount++;
    from[e] = u;
    to[e] = v;
    lo[e] = lower;
    hi[e] = upper;
    res[2 * e] = upper - f;
    res[2 * e + 1] = f - lower;
    end[2 * e] = v;
    end[2 * e + 1] = u;
    next[2 * e] = head[u];
    head[u] = 2 * e;
    next[2 * e + 1] = head[v];
    head[v] = 2 * e + 1;
    return e;
  }

  long flow(int e) {
    return lo[e] + res[2 * e + 1];
  }

  long lower(int e) {
    return lo[e];
  }

  long upper(int e) {
    return hi[e];
  }

  int from(int e) {
    return from[e];
  }

  int to(int e) {
    return to[e];
  }

  /** Replaces the bounds of an edge (its flow must stay within them). */
  void setBounds(int e, long lower, long upper) {
    long f = flow(e);
    lo[e] = lower;
    hi[e] = upper;
    res[2 * e] = upper - f;
    res[2 * e + 1] = f - lower;
  }

  /** Adds to the flow of an edge, moving fixed bounds along when the edge is fixed. */
  void addFlow(int e, long delta, boolean keepFixed) {
    if (keepFixed) {
      lo[e] += delta;
      hi[e] += delta;
    } else {
      res[2 * e] -= delta;
      res[2 * e + 1] += delta;
    }
  }

  private long residual(int slot) {
    return res[slot];
  }

  private int other(int slot) {
    return end[slot];
  }

  /** Pushes d along a slot (forward slots raise the flow, backward slots lower it). */
  private void move(int slot, long d) {
    res[slot] -= d;
    res[slot ^ 1] += d;
  }

  private void push(int slot, long d) {
    move(slot, d);
    if (undoSize == undoEdge.length) {
      undoEdge = Arrays.copyOf(undoEdge, undoSize * 2);
      undoDelta = Arrays.copyOf(undoDelta, undoSize * 2);
    }
    undoEdge[undoSize] = slot;
    undoDelta[undoSize] = d;
    undoSize++;
  }

  private void undo() {
    for (int i = undoSize - 1; i >= 0; i--) {
      move(undoEdge[i] ^ 1, undoDelta[i]);
    }
    undoSize = 0;
  }

  private int newStamp() {
    if (++stamp == Integer.MAX_VALUE) {
      Arrays.fill(mark, 0);
      Arrays.fill(markB, 0);
      stamp = 1;
    }
    return stamp;
  }

  /**
   * Maximum flow from src to dst in the residual network, ignoring edge {@code excluded}, stopped
   * once {@code cap} is reached (shortest augmenting paths). Leaves the flow unchanged.
   */
  long maxFlow(int src, int dst, int excluded, long cap) {
    if (src == dst) {
      return cap;
    }
    long total = 0;
    while (total < cap) {
      long d = augmentOnce(src, dst, excluded, cap - total);
      if (d == 0) {
        break;
      }
      total += d;
      if (total >= INF / 2) {
        total = INF;
        break;
      }
    }
    undo();
    return Math.min(total, cap);
  }

  /**
   * Like {@link #maxFlow} but keeps the augmentations until {@link #undoAugmentations()}, so a
   * caller can look for further paths in the residual network that remains.
   */
  long maxFlowKeep(int src, int dst, int excluded, long cap) {
    long total = 0;
    while (total < cap) {
      long d = augmentOnce(src, dst, excluded, cap - total);
      if (d == 0) {
        break;
      }
      total += d;
      if (total >= INF / 2) {
        return INF;
      }
    }
    return Math.min(total, cap);
  }

  /** Reverts the augmentations kept by {@link #maxFlowKeep}. */
  void undoAugmentations() {
    undo();
  }

  /**
   * Finds one shortest augmenting path by bidirectional breadth-first search (always growing the
   * smaller frontier, so a short cycle in a huge component is found after touching only its
   * neighbourhood, and a cut with a small side is proved after exploring only that side) and pushes
   * as much as it carries, up to limit.
   */
  private long augmentOnce(int src, int dst, int excluded, long limit) {
    int s = newStamp();
    int sb = newStamp();
    // forward frontier: queue[fHead..fTail); backward frontier: queueB[bHead..bTail)
    int fHead = 0;
    int fTail = 0;
    int bHead = 0;
    int bTail = 0;
    queue[fTail++] = src;
    mark[src] = s;
    queueB[bTail++] = dst;
    markB[dst] = sb;
    int meet = -1;
    search:
    while (fHead < fTail && bHead < bTail) {
      if (fTail - fHead <= bTail - bHead) {
        int layerEnd = fTail;
        while (fHead < layerEnd) {
          int u = queue[fHead++];
          for (int slot = head[u]; slot >= 0; slot = next[slot]) {
            if ((slot >>> 1) == excluded || residual(slot) <= 0) {
              continue;
            }
            int v = other(slot);
            if (mark[v] == s) {
              continue;
            }
            mark[v] = s;
            parentSlot[v] = slot;
            if (markB[v] == sb) {
              meet = v;
              break search;
            }
            queue[fTail++] = v;
          }
        }
      } else {
        int layerEnd = bTail;
        while (bHead < layerEnd) {
          int v = queueB[bHead++];
          for (int slot = head[v]; slot >= 0; slot = next[slot]) {
            int out = slot ^ 1; // the same edge seen from the other end, leading to v
            if ((slot >>> 1) == excluded || residual(out) <= 0) {
              continue;
            }
            int u = other(slot);
            if (markB[u] == sb) {
              continue;
            }
            markB[u] = sb;
            nextSlot[u] = out;
            if (mark[u] == s) {
              meet = u;
              break search;
            }
            queueB[bTail++] = u;
          }
        }
      }
    }
    if (meet < 0) {
      return 0;
    }
    long d = limit;
    for (int v = meet; v != src; v = other(parentSlot[v] ^ 1)) {
      d = Math.min(d, residual(parentSlot[v]));
    }
    for (int v = meet; v != dst; v = other(nextSlot[v])) {
      d = Math.min(d, residual(nextSlot[v]));
    }
    for (int v = meet; v != src; v = other(parentSlot[v] ^ 1)) {
      push(parentSlot[v], d);
    }
    for (int v = meet; v != dst; v = other(nextSlot[v])) {
      push(nextSlot[v], d);
    }
    return d;
  }

  /**
   * The range of edge e's flow over all feasible flows, each side found only up to {@code cap}
   * (pass {@link #INF} for the exact range): {@code [flow − down, flow + up]} as {@code {down,
   * up}}. A side equal to {@link #INF} is unbounded.
   */
  long[] slack(int e, long capDown, long capUp) {
    long down = 0;
    long room = res[2 * e + 1];
    if (room > 0 && capDown > 0) {
      down = maxFlow(from[e], to[e], e, Math.min(room, capDown));
    }
    long up = 0;
    long roomUp = res[2 * e];
    if (roomUp > 0 && capUp > 0) {
      up = maxFlow(to[e], from[e], e, Math.min(roomUp, capUp));
    }
    return new long[] {down, up};
  }

  /**
   * Makes the stored flow feasible for the bounds (a circulation) from scratch, by one maximum flow
   * from a super source to a super sink (Dinic). Returns false when no feasible flow exists. The
   * network must have been created with two spare nodes for the super source and sink, whose ids
   * are passed here.
   */
  boolean makeFeasible(int superSource, int superSink) {
    long[] excess = new long[nodeCount];
    int original = edgeCount;
    for (int e = 0; e < original; e++) {
      res[2 * e] = hi[e] - lo[e];
      res[2 * e + 1] = 0;
      excess[to[e]] += lo[e];
      excess[from[e]] -= lo[e];
    }
    long need = 0;
    for (int v = 0; v < nodeCount; v++) {
      if (v == superSource || v == superSink) {
        continue;
      }
      if (excess[v] > 0) {
        addEdge(superSource, v, 0, excess[v], 0);
        need += excess[v];
      } else if (excess[v] < 0) {
        addEdge(v, superSink, 0, -excess[v], 0);
      }
    }
    long got = dinic(superSource, superSink);
    // drop the helper edges: they are the last ones and only touch the super nodes
    for (int e = edgeCount - 1; e >= original; e--) {
      head[from[e]] = next[2 * e];
      head[to[e]] = next[2 * e + 1];
    }
    edgeCount = original;
    return got >= need;
  }

  private long dinic(int s, int t) {
    long total = 0;
    while (bfsLevels(s, t)) {
      for (int v = 0; v < nodeCount; v++) {
        iter[v] = head[v];
      }
      long f;
      while ((f = dfs(s, t, INF)) > 0) {
        total += f;
      }
    }
    undoSize = 0; // keep the flow: this is not a query
    return total;
  }

  private boolean bfsLevels(int s, int t) {
    Arrays.fill(level, -1);
    int qh = 0;
    int qt = 0;
    queue[qt++] = s;
    level[s] = 0;
    while (qh < qt) {
      int u = queue[qh++];
      for (int slot = head[u]; slot >= 0; slot = next[slot]) {
        if (residual(slot) > 0) {
          int v = other(slot);
          if (level[v] < 0) {
            level[v] = level[u] + 1;
            queue[qt++] = v;
          }
        }
      }
    }
    return level[t] >= 0;
  }

  private long dfs(int s, int t, long limit) {
    // iterative DFS along the level graph with current-arc pointers
    int depth = 0;
    int[] pathSlots = queue; // reuse: depth never exceeds node count
    int u = s;
    while (true) {
      if (u == t) {
        long d = limit;
        for (int i = 0; i < depth; i++) {
          d = Math.min(d, residual(pathSlots[i]));
        }
        for (int i = 0; i < depth; i++) {
          pushKeep(pathSlots[i], d);
        }
        return d;
      }
      boolean advanced = false;
      for (; iter[u] >= 0; iter[u] = next[iter[u]]) {
        int slot = iter[u];
        int v = other(slot);
        if (residual(slot) > 0 && level[v] == level[u] + 1) {
          pathSlots[depth++] = slot;
          u = v;
          advanced = true;
          break;
        }
      }
      if (!advanced) {
        if (depth == 0) {
          return 0;
        }
        level[u] = -1; // dead end
        int slot = pathSlots[--depth];
        u = other(slot ^ 1);
        iter[u] = next[iter[u]];
      }
    }
  }

  private void pushKeep(int slot, long d) {
    move(slot, d);
  }
}
