// Disaster recovery: the published figures the recovery model uses, each with where it comes from
// (docs/simulation.md, "Disaster recovery"). test/unit/simulation-figures.test.ts checks them.

/** vSphere HA (VMware vSphere Availability guide, "Failure Detection and Host Network Isolation"). */
export const VSPHERE_HA = {
  /**
   * Seconds from a host's failure to its VMs' restart being started elsewhere: agents exchange
   * heartbeats every second, and a host silent for 15 s that does not answer pings is declared
   * failed.
   */
  detect: 15,
  /**
   * When the failed host was the primary (the one that watches the others), the others first
   * elect a new one: the election starts 10 s after the primary is lost, the new primary is
   * elected at 25 s and starts the restarts at 35 s (the timeline of Duncan Epping's vSphere HA
   * deepdive; its 10 s and 25 s steps are those of the isolation timeline quoted by vm-guru.com).
   * VMware's guide gives no figure for this case: an estimate, documented as one in docs/simulation.md.
   */
  primaryLost: 35,
} as const;

/** Kubernetes' defaults for a node that stops answering (kube-controller-manager, kube-apiserver). */
export const KUBERNETES = {
  /**
   * `--node-monitor-grace-period`: how long a node may be silent before it is marked NotReady
   * (Unknown). 50 s since Kubernetes 1.32 (kubernetes/kubernetes#126287; 40 s before).
   */
  nodeMonitorGracePeriod: 50,
  /**
   * `tolerationSeconds` of the `node.kubernetes.io/not-ready` and `unreachable` NoExecute
   * tolerations that the DefaultTolerationSeconds admission plugin adds to every pod: its pods are
   * evicted this long after the taint, and their controllers create them again elsewhere.
   */
  tolerationSeconds: 300,
} as const;

/** Seconds from a node's failure to its pods' eviction with the defaults: 50 + 300 = 350 s. */
export const KUBERNETES_EVICTION = KUBERNETES.nodeMonitorGracePeriod + KUBERNETES.tolerationSeconds;
