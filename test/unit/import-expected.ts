// What each real fixture of test/fixtures/import/ holds, counted by hand from the file: services
// of a Compose file; replicas times containers of each workload (init containers run before the
// pod and are not counted, a DaemonSet with no Node runs one pod); domains of the XML; the Node
// objects of a Kubernetes file as its hosts (one assumed host when it has none). Shared by the
// importers' own tests (import-fixtures.test.ts) and the command line's (cli-import.test.ts).

/** Containers or VMs, and hosts when not one, per fixture, by folder (the format) and file name. */
export const EXPECTED: Record<string, Record<string, { containers?: number; vms?: number; hosts?: number }>> = {
  compose: {
    'elasticsearch-logstash-kibana_compose.yaml': { containers: 3 }, // elasticsearch, logstash, kibana
    'gitea-postgres_compose.yaml': { containers: 2 }, // gitea, db
    'minecraft_compose.yaml': { containers: 1 },
    'nextcloud-redis-mariadb_compose.yaml': { containers: 3 }, // nc, redis, db
    'nginx-aspnet-mysql_compose.yaml': { containers: 3 }, // backend, db, proxy
    'nginx-golang-mysql_compose.yaml': { containers: 3 },
    'pihole-cloudflared-DoH_compose.yaml': { containers: 2 },
    'postgresql-pgadmin_compose.yaml': { containers: 2 },
    'prometheus-grafana_compose.yaml': { containers: 2 },
    'react-express-mongodb_compose.yaml': { containers: 3 },
    'traefik-golang_compose.yaml': { containers: 2 },
    'wasmedge-kafka-mysql_compose.yml': { containers: 3 },
    'wasmedge-mysql-nginx_compose.yml': { containers: 3 },
    'wordpress-mysql_compose.yaml': { containers: 2 },
  },
  kubernetes: {
    'AI_model-serving-tensorflow_deployment.yaml': { containers: 1 }, // replicas 1 × 1
    'AI_vllm-deployment_vllm-deployment.yaml': { containers: 1 },
    'cockroachdb_cockroachdb-statefulset.yaml': { containers: 3 }, // StatefulSet replicas 3 × 1 (+ an init container)
    'cpu-manager_exclusive-2.yaml': { containers: 1 }, // a Pod
    'databases_cassandra_cassandra-statefulset.yaml': { containers: 3 },
    'databases_mysql-cinder-pd_mysql.yaml': { containers: 1 },
    'javaweb-tomcat-sidecar_javaweb.yaml': { containers: 1 }, // tomcat; the war init container runs first
    'newrelic_newrelic-daemonset.yaml': { containers: 1 }, // a DaemonSet, no Node: one pod
    'storage_minio_minio-distributed-statefulset.yaml': { containers: 4 },
    'sysdig-cloud_sysdig-daemonset.yaml': { containers: 1 },
    'web_guestbook-go_redis-replica-controller.yaml': { containers: 2 }, // ReplicationController replicas 2
    'web_guestbook_all-in-one_guestbook-all-in-one.yaml': { containers: 6 }, // 1 + 2 + 3 replicas
    // vmware-tanzu/sonobuoy: the API's lists of a kind cluster, in JSON. A NodeList of 3 Nodes
    // (kind-control-plane, kind-worker, kind-worker2) and no workload;
    'pkg_discovery_testdata_healthsummary_resources_cluster_core_v1_nodes.json': { containers: 0, hosts: 3 },
    // a PodList of 14 Pods of one container each (2 coredns Pending without a node, 12 with nodeName).
    'pkg_discovery_testdata_healthsummary_resources_ns_kube-system_core_v1_pods.json': { containers: 14 },
  },
  libvirt: {
    'bootorder-in.xml': { vms: 1 },
    'change-cpumode-in.xml': { vms: 1 },
    'change-disk-in.xml': { vms: 1 },
    'change-guest-in.xml': { vms: 1 },
    'change-nics-in.xml': { vms: 1 },
    'convert-to-q35-f39-in.xml': { vms: 1 },
    'convert-to-q35-win10-in.xml': { vms: 1 },
    'kvm-aarch64.xml': { vms: 0 }, // capabilities: a host and nothing on it
    'kvm-x86_64.xml': { vms: 0 },
    'lxc.xml': { vms: 0 },
    'xen-rhel5.4.xml': { vms: 0 },
    'lxc-systemd.xml': { containers: 1 }, // an lxc domain is a container
  },
};
