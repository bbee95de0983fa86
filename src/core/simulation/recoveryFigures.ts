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

// Storage pools after a host failure (storageRebuild.ts; docs/simulation.md, "Storage pools after
// a failure"). The products' timers are published defaults; the rebuild rate is an estimate.

/**
 * vSAN's object repair timer, in seconds: components on a failed host are "absent", and vSAN
 * waits 60 minutes (the default) for the host before it rebuilds them elsewhere (VMware vSAN
 * Monitoring and Troubleshooting, "Failure States of Components": "By default, vSAN starts
 * rebuilding absent components after 60 minutes"; Broadcom vSAN Management API,
 * VsanExtendedConfig.objectRepairTimer, in minutes, default 60). A failed disk is "degraded"
 * instead and rebuilt at once; the model's failures are of whole hosts, so absent.
 */
export const VSAN_REPAIR_TIMER = 60 * 60;

/**
 * Ceph's `mon_osd_down_out_interval`, in seconds: how long the monitors wait before marking a down
 * OSD out, after which its placement groups are backfilled onto other OSDs (Red Hat Ceph Storage
 * Configuration Guide, "Ceph Monitor and OSD configuration options": default 600). The few
 * seconds until the OSD is marked down (its peers' 20 s heartbeat grace) are left out.
 */
export const CEPH_DOWN_OUT_INTERVAL = 600;

/**
 * Seconds from a host's failure to the start of the rebuild of its copies elsewhere, by storage
 * product. Storage Spaces Direct has none: a server's missing drives stay in the pool, which
 * "expects them to come back", with no data moved away; the volumes run degraded and only the
 * changes are resynced when the server returns (Microsoft Learn, "Removing servers in Storage
 * Spaces Direct" and "Understand and monitor storage resync"). Local pools (ZFS, LVM thin) go
 * with their host, and arrays (iSCSI, NFS, FC) are not built from the hosts' disks.
 */
export const STORAGE_REPAIR: Readonly<Record<string, number>> = { vsan: VSAN_REPAIR_TIMER, ceph: CEPH_DOWN_OUT_INTERVAL };

/**
 * The rebuild's rate: an estimate, not a published figure. The rebuild runs on every surviving
 * host of the pool at once, each taking in lost copies over its uplink (`network` of its
 * hardware, else 10 Gbps), of which it may use half: the other half is left to the workloads.
 * Disks are taken to keep up, so the duration is a lower bound.
 */
export const REBUILD = {
  /** Mbps of a host whose `network` is not written: 10 GbE. */
  uplink: 10_000,
  /** Share of each survivor's uplink the rebuild takes. */
  share: 0.5,
} as const;
