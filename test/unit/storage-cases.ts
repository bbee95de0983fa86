// Clusters and storage (issue 14): one broken and one fixed text per rule of VS5xx, for the
// table of rules.test.ts. Capacities follow the rules in docs/language.md ("Clusters and
// storage"): usable = raw / copies, or raw × k/(k+m) for erasure coding.

/** A ESXi host with 32 cores, `memory` and `disk`, running `vms`. */
export const esx = (name: string, vms: string, disk = 'disk 4 TiB', memory = 'memory 256 GiB'): string =>
  `  hardware ${name} { cpu 32 cores; ${memory}; ${disk}; hypervisor esxi { ${vms} } }`;

/** A small VM with `extra` lines (volumes). */
export const vm = (name: string, extra = '', memory = '8 GiB'): string => `vm ${name} { vcpu 2; memory ${memory}; os linux; ${extra} }`;

/**
 * Cluster `prod` of three hosts with 4 TiB of disk each, a vSAN pool `vsan1` over them (`pool`
 * lines inside it) and VM `web` on esx1 with `web`'s extra lines. Raw 12 TiB; vSAN's default
 * policy (FTT=1, RAID-1) keeps 2 copies, so 6 TiB is usable.
 */
export const vsanCluster = (web: string, pool = '', more = ''): string =>
  `cluster prod {\n${esx('esx1', vm('web', web))}\n${esx('esx2', '')}\n${esx('esx3', '')}\n  storage vsan as vsan1 { ${pool} }\n${more}\n}\n`;

/** An iSCSI array `san1` of 10 TiB that esx1 reaches (or `reach`). */
export const san = (reach = 'esx1', body = 'capacity 10 TiB'): string => `storage iscsi as san1 { ${body}; reach ${reach} }\n`;

export const STORAGE_CASES: Record<string, { readonly bad: string; readonly at: string; readonly good: string }> = {
  // 6 TiB usable (12 TiB raw / 2 copies): 7 TiB does not fit, 6 TiB does.
  VS500: { bad: vsanCluster('volume data 7 TiB from vsan1'), at: '7 TiB', good: vsanCluster('volume data 6 TiB from vsan1') },
  // Thick: 4 + 3 = 7 TiB over 6 usable; 4 + 2 = 6 fits exactly.
  VS501: { bad: vsanCluster('volume a 4 TiB from vsan1; volume b 3 TiB from vsan1'), at: 'vsan1', good: vsanCluster('volume a 4 TiB from vsan1; volume b 2 TiB from vsan1') },
  // Thin 2.0: 6 TiB × 2 = 12 TiB; 5 + 5 + 3 = 13 is over, 5 + 5 + 2 = 12 is not.
  VS502: {
    bad: vsanCluster('volume a 5 TiB from vsan1; volume b 5 TiB from vsan1; volume c 3 TiB from vsan1', 'thin 2.0'), at: 'vsan1',
    good: vsanCluster('volume a 5 TiB from vsan1; volume b 5 TiB from vsan1; volume c 2 TiB from vsan1', 'thin 2.0'),
  },
  // web runs on esx1; the array is reached by esx2 only, then by both.
  VS503: { bad: vsanCluster('volume logs 1 TiB from san1') + san('esx2'), at: 'san1', good: vsanCluster('volume logs 1 TiB from san1') + san('esx1, esx2') },
  // Ceph's default pool size is 3 (osd_pool_default_size): two hosts with disks are too few.
  VS504: {
    bad: `cluster c {\n${esx('n1', '')}\n${esx('n2', '')}\n  storage ceph as rbd1\n}\n`, at: 'rbd1',
    good: `cluster c {\n${esx('n1', '')}\n${esx('n2', '')}\n  storage ceph as rbd1 { replicas 2 }\n}\n`,
  },
  VS505: { bad: vsanCluster('') + 'storage iscsi as san1 { reach esx1 }\n', at: 'san1', good: vsanCluster('') + san() },
  VS506: { bad: vsanCluster('volume data 1 TiB from vsan2'), at: 'vsan2', good: vsanCluster('volume data 1 TiB from vsan1') },
  VS507: { bad: vsanCluster('') + 'storage iscsci as san1 { capacity 1 TiB; reach prod }\n', at: 'iscsci', good: vsanCluster('') + 'storage iscsi as san1 { capacity 1 TiB; reach prod }\n' },
  // ZFS pools one host's disks: inside that host's hardware, not in the cluster.
  VS508: { bad: vsanCluster('', '', '  storage zfs as tank'), at: 'storage', good: vsanCluster('').replace('disk 4 TiB; hypervisor', 'disk 4 TiB; storage zfs as tank; hypervisor') },
  VS509: { bad: vsanCluster('') + san('esx9'), at: 'esx9', good: vsanCluster('') + san('esx1') },
  VS510: { bad: vsanCluster('volume data 1 TiB from vsan1; volume data 1 TiB from vsan1'), at: 'data', good: vsanCluster('volume data 1 TiB from vsan1; volume logs 1 TiB from vsan1') },
  VS511: { bad: vsanCluster('') + san() + san().replace('esx1', 'esx2'), at: 'san1', good: vsanCluster('') + san() + san().replace('esx1', 'esx2').replace('san1', 'san2') },
  VS512: { bad: vsanCluster('').replace('hypervisor esxi { vm', 'tolerate 1; hypervisor esxi { vm'), at: 'tolerate', good: vsanCluster('', '', '  tolerate 1') },
  // An iSCSI array protects its data inside; erasure coding across hosts is not its to offer.
  VS513: { bad: vsanCluster('') + san('esx1', 'capacity 10 TiB; erasure data 4 parity 2'), at: 'erasure data 4 parity 2', good: vsanCluster('') + san() },
  VS520: { bad: vsanCluster('') + 'cluster spare { }\n', at: 'spare', good: vsanCluster('') + `cluster spare {\n${esx('s1', '')}\n}\n` },
  // Three hosts can tolerate at most two failures.
  VS521: { bad: vsanCluster('', '', '  tolerate 3'), at: '3', good: vsanCluster('', '', '  tolerate 2') },
  // Three hosts of 256 GiB with a VM of 200 GiB each: after one fails, 512 GiB remain for 600 GiB;
  // with VMs of 170 GiB, 510 GiB fit in 512.
  VS522: {
    bad: `cluster ha {\n  tolerate 1\n${esx('a', vm('va', '', '200 GiB'))}\n${esx('b', vm('vb', '', '200 GiB'))}\n${esx('c', vm('vc', '', '200 GiB'))}\n}\n`, at: '1',
    good: `cluster ha {\n  tolerate 1\n${esx('a', vm('va', '', '170 GiB'))}\n${esx('b', vm('vb', '', '170 GiB'))}\n${esx('c', vm('vc', '', '170 GiB'))}\n}\n`,
  },
  VS523: { bad: vsanCluster('') + `cluster prod {\n${esx('s1', '')}\n}\n`, at: 'prod', good: vsanCluster('') + `cluster lab {\n${esx('s1', '')}\n}\n` },
};
