/* ---- per-participant draws ----------------------------------------------------------
 * The filtered deck is shuffled by a permutation seeded with the session code; each
 * participant has a slot in it: a number N takes slot N-1, a name the slot given by a
 * hash of the code and the name.  Names listed together are placed in list order and a
 * name whose slot is taken moves to the next free one, so the first N people get N
 * different cards (then a second round starts).  Same inputs, same card, on any device. */

const encoder = new TextEncoder();

function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function permutation(n, seed) {
  const order = Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(fnv1a("deck\u001f" + seed));
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

const nameKey = (name) => name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
const isNumber = (key) => /^[0-9]{1,9}$/.test(key);

function preferredSlot(key, n, seed) {
  if (isNumber(key)) return (((Number(key) - 1) % n) + n) % n;
  return fnv1a(seed + "\u001f" + key) % n;
}

/** Map name key -> slot for the keys in order (numbers first: their slot is fixed). */
function assignSlots(keys, n, seed) {
  const load = new Array(n).fill(0);
  const slots = new Map();
  for (const key of keys) {
    if (isNumber(key)) {
      const slot = preferredSlot(key, n, seed);
      slots.set(key, slot);
      load[slot] += 1;
    }
  }
  for (const key of keys) {
    if (isNumber(key)) continue;
    const least = Math.min(...load);
    let slot = preferredSlot(key, n, seed);
    while (load[slot] !== least) slot = (slot + 1) % n;
    slots.set(key, slot);
    load[slot] += 1;
  }
  return slots;
}
