'use strict';
/**
 * The HTTPS certificate `npm start` serves with: the office-addin-dev-certs files in ~/.office-addin-dev-certs.
 * When they are missing or expired we write new ones with office-addin-dev-certs' own generator, which only
 * writes files (installing the CA into the system store needs admin rights; see README for trusting it).
 */
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { X509Certificate } = require('node:crypto');

const DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const FILES = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };

function paths(dir = DIR) {
  return Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, path.join(dir, f)]));
}

/** True when every file exists and the localhost certificate is valid for at least another day. */
function usable(p) {
  if (!Object.values(p).every((f) => fs.existsSync(f))) return false;
  try {
    const cert = new X509Certificate(fs.readFileSync(p.cert));
    return new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/** Returns { key, cert, ca } (file contents), creating the files first when needed. */
async function ensureDevCerts(dir = DIR) {
  const p = paths(dir);
  if (!usable(p)) {
    const { generateCertificates } = require('office-addin-dev-certs');
    console.log(`[lianfang] 正在生成开发证书 (writing dev certificates) in ${dir}`);
    await generateCertificates(p.ca, p.cert, p.key, 30);
  }
  return { key: fs.readFileSync(p.key), cert: fs.readFileSync(p.cert), ca: fs.readFileSync(p.ca) };
}

module.exports = { ensureDevCerts, paths, DIR };

if (require.main === module)
  ensureDevCerts().then(
    () => console.log(`[lianfang] certificates ready in ${DIR}`),
    (e) => {
      console.error(`[lianfang] could not write certificates: ${e.message}`);
      process.exit(1);
    },
  );
