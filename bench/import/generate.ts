// Inputs of the import benchmark, kept apart so that a unit test checks they import to clean files.

/** A Compose file of `n` services, each with an image, resources, replicas 1 and a dependency on the one before. */
export function composeFile(n: number): string {
  const out = ['name: generated', 'services:'];
  for (let i = 0; i < n; i++) {
    out.push(`  svc${i}:`, `    image: registry.example.com/team/app${i % 37}:1.${i % 10}`, '    deploy:', '      resources:');
    out.push(`        limits: { cpus: "${(i % 4) + 1}", memory: ${(i % 8) + 1}g }`, `        reservations: { cpus: "0.${(i % 9) + 1}", memory: ${(i % 8) + 1}00m }`);
    if (i > 0) out.push('    depends_on:', `      svc${i - 1}: { condition: service_started }`);
    out.push('    ports: ["8080"]', '    environment: { MODE: production }');
  }
  return `${out.join('\n')}\n`;
}

/** A manifest of `n` objects: every tenth a Node, then Deployments of 1–3 replicas, Services and ConfigMaps. */
export function manifest(n: number): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 10 === 0) {
      docs.push(`apiVersion: v1\nkind: Node\nmetadata: { name: node-${i} }\nstatus:\n  capacity: { cpu: "64", memory: 256Gi }\n  allocatable: { cpu: 63500m, memory: 250Gi }\n  nodeInfo: { operatingSystem: linux, osImage: Ubuntu 22.04, containerRuntimeVersion: "containerd://1.7" }\n`);
    } else if (i % 3 === 0) {
      docs.push(`apiVersion: v1\nkind: Service\nmetadata: { name: svc-${i} }\nspec: { ports: [{ port: 80 }] }\n`);
    } else if (i % 3 === 1) {
      docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata: { name: cm-${i} }\ndata: { key: value }\n`);
    } else {
      docs.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: app-${i} }\nspec:\n  replicas: ${(i % 3) + 1}\n  template:\n    spec:\n      containers:\n      - name: main\n        image: registry.example.com/app:${i}\n        resources: { requests: { cpu: 250m, memory: 256Mi }, limits: { cpu: "1", memory: 1Gi } }\n`);
    }
  }
  return docs.join('---\n');
}
