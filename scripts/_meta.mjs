import * as esbuild from 'esbuild';
const entry = process.argv[2] ?? 'src/extension/extension.ts';
const r = await esbuild.build({ entryPoints:{x:entry}, bundle:true, minify:true, platform:'node', format:'cjs', target:'node18', external:['vscode','./views'], charset:'utf8', metafile:true, write:false, outdir:'/tmp/x' });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k,v])=>[v.bytesInOutput,k]).sort((a,b)=>b[0]-a[0]);
let t=0; for (const [b,k] of rows) { t+=b; if (b>0 && (process.argv[3] ? k.includes(process.argv[3]) : true)) console.log(String(b).padStart(7), k); }
console.log(t);
