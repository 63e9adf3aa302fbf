import { append } from '../append';
import { rangeAddress, parseRange } from '../a1';
import { namesRole } from './roleWords';
import { LianfangError } from '../errors';
import { fingerprint, sha256Hex, signBytes, toBase64Url, fromBase64Url, type PublicJwk } from '../crypto';
import type { Op } from '../ops';
import { mergeHeadedBy, type WorkbookSnapshot } from '../port';
import { contentOf, CURRENT_C14N, digestOf } from './content';
import { validationGate, type GateResult } from './gate';
import type { StampableForm } from './locate';
import { bookFor } from './manifest';
import { sameSignerBefore } from './signers';
import { isSelfStep, personOfHeader } from './identity';
import { sameName } from './roster';
import { signedBytes, STAMP_VERSION, type Opinion, type Stamp, type StampBody } from './stamp';
import { readStampStore, stampStoreOps, STAMPS_SHEET } from './store';
import { verifyForm } from './verify';
import { hasReportData } from '../report/hiddenData';
import { clearVisibleOps, visibleStampOps } from './visible';

/** Who signs: a name and a key pair. The private key stays with the signer (file or browser key store). */
export interface Signer {
  name: string;
  publicKey: PublicJwk;
  privateKey: CryptoKey;
}

export interface SignRequest {
  wb: WorkbookSnapshot;
  form: StampableForm;
  role: string;
  opinion: Opinion;
  text?: string;
  signer: Signer;
  /** The signer's clock; defaults to now. */
  now?: Date;
  /** Validation result; by default the validation gate is asked. */
  gate?: GateResult;
  /** The signer has seen the warnings and stamps anyway. */
  acceptWarnings?: boolean;
  /** The unit's seal image for a 公章 step (PNG, base64). */
  sealPng?: string;
  /** The signer really has a new key (lost the old one): sign anyway; verification still reports the change. */
  allowNewKey?: boolean;
  /** Why the signer signs a second step of this chain (refused without one; kept in the stamp, always reported). */
  reason?: string;
}

export interface SignPlan {
  stamp: Stamp;
  ops: Op[];
  /** Stamps moved into history by this 退回修改. */
  returned: number;
}

/**
 * Plans one stamp: checks order, validation and the chain so far, signs, and returns the operations that
 * write the visible stamp, the hidden record and the sheet protection. Refusals are LianfangErrors.
 */
export async function planSign(req: SignRequest): Promise<SignPlan> {
  const { wb, form, opinion, signer } = req;
  // A report's stamps are copies carried for the level above to verify; new stamps go on the unit's own workbook.
  if (hasReportData(wb)) throw new LianfangError('sign_report_workbook', { sheet: form.found.sheet });
  const def = form.def;
  const step = resolveStep(def, req.role);
  const role = step.role;
  const store = readStampStore(wb);
  if (store.problems.length) throw new LianfangError('stamps_unreadable', { row: store.problems[0].row });
  const mine = store.stamps.filter((s) => form.anchor !== null && s.anchor === form.anchor);
  const state = await verifyForm(wb, form, mine, store);
  if (!state.next) throw new LianfangError('chain_complete', { sheet: form.found.sheet });
  if (state.next !== role) {
    const next = def.signoff.find((s) => s.role === state.next)!;
    throw new LianfangError('out_of_order', { role: step.who, next: next.who, sheet: form.found.sheet });
  }
  if (state.stamps.some((c) => !c.ok) && opinion === '同意')
    throw new LianfangError('chain_invalid_cannot_approve', { sheet: form.found.sheet });
  const tampered = state.problems.find((p) => p.code !== 'signoff_missing');
  if (tampered && opinion === '同意')
    throw new LianfangError('signoff_tampered_cannot_approve', { sheet: form.found.sheet, cell: tampered.cell ?? '' });

  const person = personOfHeader(def, (k) => form.found.header[k]?.value);
  if (isSelfStep(step) && person && !sameName(person, signer.name))
    throw new LianfangError('self_not_form_person', {
      sheet: form.found.sheet,
      person,
      name: signer.name,
      who: step.who,
    });
  const fp = await fingerprint(signer.publicKey);
  const earlier = store.stamps.find((s) => s.signer === signer.name && s.fingerprint !== fp);
  if (earlier && !req.allowNewKey) throw new LianfangError('signer_key_mismatch', { name: signer.name });
  const reason = (req.reason ?? '').normalize('NFC').trim();
  const round = state.stamps.filter((c) => c.active).map((c) => c.stamp);
  const twice = sameSignerBefore(round, { name: signer.name, fingerprint: fp }, role);
  if (twice && !reason)
    throw new LianfangError('signer_repeats_in_chain', {
      name: signer.name,
      sheet: form.found.sheet,
      other: def.signoff.find((s) => s.role === twice.role)?.who ?? twice.role,
      who: step.who,
    });

  if (opinion === '同意') {
    const gate = req.gate ?? validationGate(wb, form.found, def);
    if (gate.errors.length)
      throw new LianfangError('form_has_errors', {
        sheet: form.found.sheet,
        count: gate.errors.length,
        first: gate.errors[0].message ?? gate.errors[0].cell,
      });
    if (gate.warnings.length && !req.acceptWarnings)
      throw new LianfangError('form_has_warnings', {
        sheet: form.found.sheet,
        count: gate.warnings.length,
        first: gate.warnings[0].message ?? gate.warnings[0].cell,
      });
  }

  const { content, formulas } = contentOf(wb, form, CURRENT_C14N);
  // A formula's cached value is what lianfang reads; Excel may print another after recalculating.
  if (formulas.length)
    throw new LianfangError('formula_in_signed_content', {
      sheet: form.found.sheet,
      cells: formulas.slice(0, 5).join('、'),
    });
  const at = form.found.signoff[role];
  if (!at) throw new LianfangError('signoff_block_not_found', { sheet: form.found.sheet, label: step.label });
  const ops: Op[] = [];
  let anchor = form.anchor;
  if (!anchor) {
    let n = 1;
    while (wb.names.some((x) => x.name === `LFS_${def.id}_${n}`)) n++;
    anchor = `LFS_${def.id}_${n}`;
    ops.push({ kind: 'defineName', name: anchor, sheet: form.found.sheet, range: `$A$${form.found.titleRow ?? 1}` });
  }
  const last = mine[mine.length - 1];
  const textSeal = step.seal && opinion === '同意' && !req.sealPng;
  const body: StampBody = {
    v: STAMP_VERSION,
    c14n: CURRENT_C14N as 'lianfang-c14n-2',
    form: def.id,
    anchor,
    sheet: form.found.sheet,
    role,
    signer: signer.name,
    opinion,
    text: (req.text ?? '').normalize('NFC').trim(),
    at: localIso(req.now ?? new Date()),
    digest: await digestOf(content),
    key: signer.publicKey,
    fingerprint: fp,
    prev: last ? await sha256Hex(fromBase64Url(last.sig)) : null,
    book: bookFor(store.stamps, { anchor, form: def.id, sheet: form.found.sheet }),
    ...(twice ? { reason } : {}),
    ...(step.seal && opinion === '同意' ? { seal: textSeal ? ('text' as const) : ('image' as const) } : {}),
  };
  const stamp: Stamp = { ...body, sig: toBase64Url(await signBytes(signer.privateKey, signedBytes(body))) };

  const sheet = form.found.sheet;
  ops.push({ kind: 'unprotect', sheet });
  let returned = 0;
  if (opinion === '退回修改') {
    // The round goes into history; the printed block returns to blank except the returner's note.
    returned = round.length;
    for (const s of round) {
      const cell = form.found.signoff[s.role];
      const st = def.signoff.find((x) => x.role === s.role);
      if (cell) append(ops, clearVisibleOps(sheet, cell.valueCell, !!st?.seal));
    }
  }
  append(
    ops,
    visibleStampOps({
      sheet,
      valueCell: at.valueCell,
      range: mergedRange(wb, sheet, at.valueCell),
      stamp,
      seal: step.seal,
      unit: unitName(form),
      sealPng: req.sealPng,
    }),
  );
  const contents = new Map(store.contents);
  contents.set(stamp.digest, content);
  append(
    ops,
    stampStoreOps(
      [...store.stamps, stamp],
      contents,
      wb.sheets.some((s) => s.name === STAMPS_SHEET),
    ),
  );
  // Protection guards against slips only: anyone can lift it. The stamps are what prove the content.
  if (opinion === '同意') ops.push({ kind: 'protect', sheet });
  return { stamp, ops, returned };
}

/** --role takes the role id (self), the step's name (本人) or its printed label (本人签字). */
export function resolveStep(def: StampableForm['def'], wanted: string) {
  if (!def.signoff.length) throw new LianfangError('form_has_no_signoff', { form: `${def.id} ${def.title}` });
  const w = wanted.normalize('NFKC').replace(/[\s\u3000]/g, '');
  const own = def.signoff.find(
    (s) =>
      s.role === wanted.trim() || [s.who, s.label].some((x) => x.normalize('NFKC').replace(/[\s\u3000]/g, '') === w),
  );
  // Another plan's word for the same step (部门负责人 for heshui's 科室负责人), where it names one step only.
  const others = own ? [] : def.signoff.filter((s) => namesRole(wanted, s.role));
  const step = own ?? (others.length === 1 ? others[0] : undefined);
  if (!step)
    throw new LianfangError('unknown_role', {
      role: wanted,
      form: def.id,
      known: def.signoff.map((s) => `${s.who}（${s.role}）`).join('、') || '（此表没有签章环节）',
    });
  return step;
}

function unitName(form: StampableForm): string | undefined {
  const f = form.def.header.find((h) => h.seal);
  const v = f && form.found.header[f.key]?.value;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function mergedRange(wb: WorkbookSnapshot, sheet: string, cell: string): string | undefined {
  const s = wb.sheets.find((x) => x.name === sheet);
  const c = parseRange(cell);
  const b = s && mergeHeadedBy(s, c.top, c.left);
  return b && rangeAddress(b.top, b.left, b.bottom, b.right);
}

/** ISO date-time with the signer's UTC offset, so the printed date is the signer's calendar day. */
export function localIso(d: Date): string {
  const off = -d.getTimezoneOffset();
  const local = new Date(d.getTime() + off * 60_000).toISOString().slice(0, 19);
  const sign = off >= 0 ? '+' : '-';
  const a = Math.abs(off);
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
