import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
const N = Number(process.argv[2]); const ROOTS = process.argv[3].split(','); const PATH = process.argv[4] ?? '/';
const T = {'.html':'text/html; charset=utf-8','.js':'text/javascript','.css':'text/css','.json':'application/json','.svg':'image/svg+xml'};
const serve = (root) => createServer((req,res)=>{ const p = join(root, decodeURIComponent(new URL(req.url,'http://x').pathname));
 for (const c of [p, p+'.html', join(p,'index.html')]) if (existsSync(c)&&statSync(c).isFile()) { res.writeHead(200,{'content-type':T[extname(c)]??'application/octet-stream','content-encoding':'gzip'}); return res.end(gzipSync(readFileSync(c))); }
 res.writeHead(404).end(); });
const servers = await Promise.all(ROOTS.map((r,i)=>new Promise(ok=>{const s=serve(r); s.listen(4390+i,'127.0.0.1',()=>ok(s))})));
const out = {};
for (let i=0;i<N;i++) for (let r=0;r<ROOTS.length;r++) {
  const run = await new Promise((done) => { const c = spawn('node_modules/.bin/lighthouse', [`http://127.0.0.1:${4390+r}${PATH}`, '--output=json','--output-path=stdout','--quiet','--only-categories=performance','--chrome-flags=--headless --no-sandbox --disable-gpu'], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } }); let o=''; c.stdout.on('data', d=>o+=d); c.on('close', ()=>done(o)); });
  const rep = JSON.parse(run); const a = rep.audits;
  (out[ROOTS[r]] ??= []).push(`${Math.round(rep.categories.performance.score*100)} fcp ${a['first-contentful-paint'].numericValue.toFixed(0)} lcp ${a['largest-contentful-paint'].numericValue.toFixed(0)} tbt ${a['total-blocking-time'].numericValue.toFixed(0)}`);
}
for (const [k,v] of Object.entries(out)) console.log(k, v.join(' | '));
servers.forEach(s=>s.close());
