// The online deck's draw logic (src/kitgen/templates/webdeck/draw.js), tested directly with
// `node --test`; test_webdeck_draw.py runs this file, so pytest (and CI) runs it too.
// draw.js is a script fragment that deck.js inlines, so it is evaluated here as a script and
// its functions read back from the global scope.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import vm from "node:vm";

const source = readFileSync(
  new URL("../../../src/kitgen/templates/webdeck/draw.js", import.meta.url),
  "utf8",
);
const { fnv1a, mulberry32, permutation, nameKey, preferredSlot, assignSlots } = vm.runInThisContext(
  `${source}\n({ fnv1a, mulberry32, permutation, nameKey, preferredSlot, assignSlots })`,
);

const range = (n) => Array.from({ length: n }, (_, i) => i);

test("fnv1a is 32-bit FNV-1a over UTF-8 (published test vectors)", () => {
  assert.equal(fnv1a(""), 0x811c9dc5);
  assert.equal(fnv1a("a"), 0xe40c292c);
  assert.equal(fnv1a("foobar"), 0xbf9cf968);
  // UTF-8 bytes, not UTF-16 code units: "é" is c3 a9.
  let expected = 0x811c9dc5;
  for (const byte of [0xc3, 0xa9]) expected = Math.imul(expected ^ byte, 0x01000193) >>> 0;
  assert.equal(fnv1a("é"), expected);
});

test("mulberry32 repeats for a seed and stays in [0, 1)", () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const values = range(10000).map(() => a());
  assert.deepEqual(values.slice(0, 100), range(100).map(() => b()));
  assert.ok(values.every((v) => v >= 0 && v < 1));
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  assert.ok(Math.abs(mean - 0.5) < 0.02, `mean ${mean}`);
  assert.notDeepEqual(range(5).map(mulberry32(1)), range(5).map(mulberry32(2)));
});

test("permutation is a shuffle of 0..n-1 fixed by the seed", () => {
  assert.deepEqual(permutation(0, "x"), []);
  assert.deepEqual(permutation(1, "x"), [0]);
  for (const n of [2, 7, 52]) {
    const order = permutation(n, "ABC123");
    assert.deepEqual([...order].sort((x, y) => x - y), range(n));
    assert.deepEqual(permutation(n, "ABC123"), order);
  }
  assert.notDeepEqual(permutation(52, "ABC123"), permutation(52, "ABC124"));
});

test("nameKey folds case, spacing and Unicode normalisation", () => {
  assert.equal(nameKey("  Émile \t ZOLA "), "émile zola");
  assert.equal(nameKey("E\u0301mile Zola"), nameKey("\u00c9mile Zola"));
});

test("a number N takes slot N-1 (modulo the deck); a name a slot of the deck", () => {
  assert.equal(preferredSlot("1", 5, "s"), 0);
  assert.equal(preferredSlot("5", 5, "s"), 4);
  assert.equal(preferredSlot("7", 5, "s"), 1);
  for (const name of ["ana", "bo", "chloé", "dmitri"]) {
    const slot = preferredSlot(name, 5, "s");
    assert.ok(Number.isInteger(slot) && slot >= 0 && slot < 5);
    assert.equal(preferredSlot(name, 5, "s"), slot);
  }
});

test("the first n names listed get n different slots, then a second round starts", () => {
  const names = ["ana", "bo", "chloé", "dmitri", "eve", "farid", "gus"].map(nameKey);
  const slots = assignSlots(names.slice(0, 5), 5, "session-code");
  assert.deepEqual([...slots.keys()], names.slice(0, 5));
  assert.deepEqual([...slots.values()].sort(), range(5));
  const more = assignSlots(names, 5, "session-code");
  const load = range(5).map((slot) => [...more.values()].filter((s) => s === slot).length);
  assert.ok(Math.max(...load) - Math.min(...load) <= 1, `load ${load}`);
  // The same inputs give the same slots on any device.
  assert.deepEqual(assignSlots(names, 5, "session-code"), more);
});

test("numbers keep their slot; names fill the free ones", () => {
  const slots = assignSlots(["ana", "2", "bo", "1"], 3, "code");
  assert.equal(slots.get("2"), 1);
  assert.equal(slots.get("1"), 0);
  assert.equal(slots.get("ana"), 2);
  assert.notEqual(slots.get("bo"), undefined);
});
