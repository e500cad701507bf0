/* kitgen online deck: one card at a time, per-participant draws, a timer.
 * No framework, no network: everything comes from the JSON island in the page.
 * Human text is only ever set with textContent, never parsed as HTML. */
(() => {
  "use strict";

  const $ = (id) => document.getElementById(id);
  const data = JSON.parse($("deck-data").textContent);
  const L = data.labels;
  const prompts = data.prompts;
  const categories = new Map(data.categories.map((c) => [c.id, c]));
  const levels = new Map(data.levels.map((l) => [l.id, l]));
  const MAX_NAMES = 200;
  const MAX_NAME = 80;
  const MAX_SEED = 40;

  const fill = (template, values) =>
    template.replace(/\{(\w+)\}/g, (all, key) => (key in values ? String(values[key]) : all));

  /* ---- state ------------------------------------------------------------------------ */

  const state = {
    cat: "",
    level: "",
    remote: false,
    seed: "",
    names: [], // as typed, deduplicated
    name: "", // the participant this page is for, if any
    filtered: [], // indexes into prompts
    pos: 0, // position in filtered
    own: -1, // prompt index drawn for state.name
    revealed: false,
    drawn: new Set(), // positions already drawn at random in this round
  };

  const participantMode = () => state.seed !== "" && state.name !== "";
  const current = () => (state.filtered.length ? state.filtered[state.pos] : -1);

  // @inline draw.js: the pure draw logic (kitgen.render.webdeck.page.deck_script)

  /** Map name key -> prompt index, for the listed names plus ``extra`` (if any). */
  function draws(extra) {
    const n = state.filtered.length;
    const result = new Map();
    if (!state.seed || n === 0) return result;
    const keys = [];
    for (const name of extra ? [...state.names, extra] : state.names) {
      const key = nameKey(name);
      if (key && !keys.includes(key)) keys.push(key);
    }
    const order = permutation(n, state.seed);
    for (const [key, slot] of assignSlots(keys, n, state.seed)) {
      result.set(key, state.filtered[order[slot]]);
    }
    return result;
  }

  function updateOwn() {
    state.own = participantMode() ? draws(state.name).get(nameKey(state.name)) ?? -1 : -1;
  }

  /* ---- URL ---------------------------------------------------------------------------- */

  const clip = (text, max) => text.trim().slice(0, max);

  function splitNames(text) {
    const seen = new Set();
    const names = [];
    for (const part of text.split(/[,\n]/)) {
      const name = clip(part, MAX_NAME);
      const key = nameKey(name);
      if (key && !seen.has(key) && names.length < MAX_NAMES) {
        seen.add(key);
        names.push(name);
      }
    }
    return names;
  }

  function query(options = {}) {
    const parts = [];
    const add = (key, value) => parts.push(key + "=" + encodeURIComponent(value));
    if (state.seed) add("seed", state.seed);
    if (state.names.length) {
      parts.push("names=" + state.names.map((n) => encodeURIComponent(n)).join(","));
    }
    if (state.name && options.name !== false) add("name", state.name);
    if (state.cat) add("cat", state.cat);
    if (state.level) add("level", state.level);
    if (state.remote) parts.push("remote=1");
    const index = current();
    if (options.card !== false && index >= 0 && !participantMode()) add("card", prompts[index].id);
    return parts.length ? "?" + parts.join("&") : "";
  }

  function writeUrl() {
    const search = query();
    if (search !== location.search) {
      history.replaceState(null, "", location.pathname + search + location.hash);
    }
    for (const link of document.querySelectorAll("[data-lang-link]")) {
      link.search = search;
    }
  }

  /* ---- filters ------------------------------------------------------------------------ */

  function matches(prompt) {
    return (
      (!state.cat || prompt.category === state.cat) &&
      (!state.level || prompt.level === state.level) &&
      (!state.remote || prompt.remote)
    );
  }

  /** Recompute the filtered deck, staying on prompt ``keep`` if it is still in it. */
  function refilter(keep) {
    state.filtered = [];
    prompts.forEach((prompt, index) => {
      if (matches(prompt)) state.filtered.push(index);
    });
    state.drawn.clear();
    const at = state.filtered.indexOf(keep);
    state.pos = at >= 0 ? at : 0;
    updateOwn();
  }

  function showPrompt(index) {
    const at = state.filtered.indexOf(index);
    if (at >= 0) go(at);
  }

  /* ---- rendering ---------------------------------------------------------------------- */

  const el = {
    card: $("card"),
    category: $("card-category"),
    count: $("card-count"),
    text: $("card-text"),
    followUps: $("follow-ups"),
    followUpList: $("follow-up-list"),
    meta: $("card-meta"),
    empty: $("empty"),
    toggle: $("toggle-follow-ups"),
    prev: $("prev"),
    next: $("next"),
    random: $("random"),
    notice: $("notice"),
    banner: $("participant-banner"),
    bannerLabel: $("participant-label"),
    myCard: $("my-card"),
    announcer: $("announcer"),
    alert: $("alert"),
  };

  function metaItem(text, className) {
    const item = document.createElement("li");
    item.textContent = text;
    if (className) item.className = className;
    return item;
  }

  const ORID = ["objective", "reflective", "interpretive", "decisional"];

  function levelItem(prompt) {
    const item = metaItem("", "level");
    const dots = document.createElement("span");
    dots.className = "dots";
    dots.setAttribute("aria-hidden", "true");
    const rank = ORID.indexOf(prompt.level);
    for (let i = 0; i < ORID.length; i++) {
      const dot = document.createElement("span");
      dot.className = i <= rank ? "dot on" : "dot";
      dots.append(dot);
    }
    const label = levels.get(prompt.level);
    item.append(dots, document.createTextNode(label ? label.label : prompt.level));
    return item;
  }

  function render(announce) {
    const index = current();
    const empty = index < 0;
    el.empty.hidden = !empty;
    for (const node of [el.category, el.count, el.text, el.meta]) node.hidden = empty;
    for (const button of [el.prev, el.next, el.random]) button.disabled = empty;
    el.card.classList.toggle("is-empty", empty);
    if (empty) {
      el.followUps.hidden = true;
      el.toggle.disabled = true;
      el.toggle.setAttribute("aria-expanded", "false");
      timerLoad(0);
      renderParticipant();
      renderAssignments();
      writeUrl();
      if (announce) say(L.no_match);
      return;
    }
    const prompt = prompts[index];
    const category = categories.get(prompt.category);
    el.card.style.setProperty("--cat", category.color);
    el.category.style.setProperty("--chip", category.color);
    el.category.style.setProperty("--chip-ink", category.on);
    el.category.textContent = category.label;
    el.count.textContent = fill(L.card_of, { n: state.pos + 1, total: state.filtered.length });
    el.text.textContent = prompt.text;
    el.text.dataset.length =
      prompt.text.length < 80 ? "short" : prompt.text.length < 150 ? "medium" : "long";
    el.card.dataset.card = prompt.id;

    el.followUpList.replaceChildren(
      ...prompt.follow_ups.map((text) => {
        const item = document.createElement("li");
        item.textContent = text;
        item.dir = "auto";
        return item;
      }),
    );
    state.revealed = false;
    renderFollowUps();

    el.meta.replaceChildren(
      levelItem(prompt),
      metaItem(data.kinds[prompt.kind] || prompt.kind),
      metaItem(fill(L.minutes, { n: prompt.minutes }), "minutes"),
      metaItem(data.groups[prompt.group] || prompt.group),
      ...(prompt.remote ? [metaItem(L.remote, "remote")] : []),
    );

    if (!matchMedia("(prefers-reduced-motion: reduce)").matches) {
      el.card.classList.remove("enter");
      void el.card.offsetWidth; // restart the animation
      el.card.classList.add("enter");
    }

    timerLoad(prompt.minutes);
    renderParticipant();
    renderAssignments();
    writeUrl();
    if (announce) {
      say(
        fill(L.new_card, { position: el.count.textContent, category: category.label, text: prompt.text }),
      );
    }
  }

  function renderFollowUps() {
    const index = current();
    const count = index < 0 ? 0 : prompts[index].follow_ups.length;
    el.toggle.disabled = count === 0;
    el.followUps.hidden = !(state.revealed && count > 0);
    el.card.classList.toggle("revealed", state.revealed && count > 0);
    el.toggle.setAttribute("aria-expanded", String(state.revealed && count > 0));
    el.toggle.textContent = state.revealed && count > 0 ? L.hide_follow_ups : L.show_follow_ups;
    if (count > 0 && !state.revealed) {
      const badge = document.createElement("span");
      badge.className = "badge";
      badge.textContent = String(count);
      el.toggle.append(" ", badge);
    }
  }

  function renderParticipant() {
    const on = participantMode();
    el.banner.hidden = !on;
    if (!on) return;
    const mine = state.own >= 0 && current() === state.own;
    el.bannerLabel.textContent = fill(L.your_card, { name: state.name });
    el.bannerLabel.hidden = !mine;
    el.myCard.hidden = mine || state.own < 0;
  }

  function renderAssignments() {
    const box = $("assignments");
    const rows = $("assignment-rows");
    const share = $("share");
    share.hidden = !state.seed;
    if (state.seed) {
      // Not location.origin: a page opened from disk has the origin "null".
      $("share-link").value = location.href.split(/[?#]/)[0] + query({ name: false, card: false });
    }
    const table = draws(null);
    box.hidden = !state.seed || state.names.length === 0 || table.size === 0;
    if (box.hidden) {
      rows.replaceChildren();
      return;
    }
    const saved = state.name;
    rows.replaceChildren(
      ...state.names.map((name) => {
        const index = table.get(nameKey(name));
        const row = document.createElement("tr");
        const who = document.createElement("th");
        who.scope = "row";
        const link = document.createElement("a");
        state.name = name;
        link.href = location.pathname + query({ card: false });
        state.name = saved;
        link.textContent = name;
        link.dir = "auto";
        who.append(link);
        const what = document.createElement("td");
        const button = document.createElement("button");
        button.type = "button";
        button.className = "linkish";
        button.dataset.card = prompts[index].id;
        const position = state.filtered.indexOf(index) + 1;
        button.textContent = position + ". " + prompts[index].text;
        button.addEventListener("click", () => {
          showPrompt(index);
          el.card.scrollIntoView({ block: "nearest" });
        });
        what.append(button);
        row.append(who, what);
        return row;
      }),
    );
  }

  function say(text) {
    el.announcer.textContent = "";
    // A new text node in a live region is announced even when it repeats the last one.
    setTimeout(() => {
      el.announcer.textContent = text;
    }, 50);
  }

  function shout(text) {
    el.alert.textContent = "";
    setTimeout(() => {
      el.alert.textContent = text;
    }, 50);
  }

  /* ---- navigation --------------------------------------------------------------------- */

  function go(pos) {
    if (!state.filtered.length) return;
    state.pos = ((pos % state.filtered.length) + state.filtered.length) % state.filtered.length;
    el.notice.hidden = true;
    render(true);
  }

  const next = () => go(state.pos + 1);
  const prev = () => go(state.pos - 1);

  /** A random card of the filtered deck, not one already drawn this round, never the same. */
  function drawRandom() {
    const n = state.filtered.length;
    if (n === 0) return;
    if (n === 1) return go(0);
    let candidates = [];
    for (let i = 0; i < n; i++) if (i !== state.pos && !state.drawn.has(i)) candidates.push(i);
    if (!candidates.length) {
      state.drawn.clear();
      for (let i = 0; i < n; i++) if (i !== state.pos) candidates.push(i);
    }
    const pick = candidates[Math.floor(Math.random() * candidates.length)];
    state.drawn.add(state.pos);
    state.drawn.add(pick);
    go(pick);
  }

  function toggleFollowUps() {
    const index = current();
    if (index < 0 || !prompts[index].follow_ups.length) return;
    state.revealed = !state.revealed;
    renderFollowUps();
    if (state.revealed) say(L.follow_ups + ". " + prompts[index].follow_ups.join(" "));
  }

  /* ---- timer -------------------------------------------------------------------------- */

  const timer = { total: 0, remaining: 0, endAt: 0, running: false, done: false, handle: 0 };
  const timerEl = {
    box: $("timer"),
    display: $("timer-display"),
    status: $("timer-status"),
    fill: $("timer-fill"),
    start: $("timer-start"),
    reset: $("timer-reset"),
  };

  function clock(ms) {
    const seconds = Math.ceil(ms / 1000);
    return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
  }

  function timerStop() {
    clearInterval(timer.handle);
    timer.handle = 0;
    timer.running = false;
  }

  function timerLoad(minutes) {
    timerStop();
    timer.total = minutes * 60000;
    timer.remaining = timer.total;
    timer.done = false;
    drawTimer();
  }

  function timerStart() {
    if (timer.total === 0) return;
    if (timer.done || timer.remaining === 0) {
      timer.remaining = timer.total;
      timer.done = false;
    }
    timer.endAt = Date.now() + timer.remaining;
    timer.running = true;
    timer.handle = setInterval(tick, 250);
    say(fill(L.timer_started, { minutes: clock(timer.remaining) }));
    drawTimer();
  }

  function timerPause() {
    timer.remaining = Math.max(0, timer.endAt - Date.now());
    timerStop();
    say(L.timer_paused);
    drawTimer();
  }

  function timerToggle() {
    if (timer.running) timerPause();
    else timerStart();
  }

  function tick() {
    timer.remaining = Math.max(0, timer.endAt - Date.now());
    if (timer.remaining === 0) {
      timerStop();
      timer.done = true;
      shout(L.time_up);
    }
    drawTimer();
  }

  function drawTimer() {
    timerEl.display.textContent = clock(timer.remaining);
    timerEl.status.textContent = timer.done ? L.time_up : "";
    const fraction = timer.total ? timer.remaining / timer.total : 0;
    timerEl.fill.style.transform = "scaleX(" + fraction.toFixed(4) + ")";
    timerEl.box.classList.toggle("running", timer.running);
    timerEl.box.classList.toggle("done", timer.done);
    const started = timer.remaining < timer.total && !timer.done;
    timerEl.start.textContent = timer.running ? L.pause : started ? L.resume : L.start;
    timerEl.start.disabled = timer.total === 0;
    timerEl.reset.disabled = timer.total === 0;
  }

  /* ---- full screen -------------------------------------------------------------------- */

  const fullscreenButton = $("fullscreen");

  function toggleFullscreen() {
    if (!document.fullscreenEnabled) return;
    const request = document.fullscreenElement
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    if (request && request.catch) request.catch(() => {});
  }

  function drawFullscreen() {
    fullscreenButton.textContent = document.fullscreenElement ? L.exit_fullscreen : L.fullscreen;
  }

  /* ---- session form ------------------------------------------------------------------- */

  const sessionForm = $("session-form");

  function fillSessionForm() {
    $("seed").value = state.seed;
    $("participants").value = state.names.join("\n");
    $("your-name").value = state.name;
  }

  function newSeed() {
    const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    const bytes = crypto.getRandomValues(new Uint8Array(6));
    return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
  }

  function applySession() {
    const keep = current();
    state.seed = clip($("seed").value, MAX_SEED);
    state.names = splitNames($("participants").value);
    state.name = state.seed ? clip($("your-name").value, MAX_NAME) : "";
    refilter(keep);
    fillSessionForm();
    if (participantMode() && state.own >= 0) showPrompt(state.own);
    else render(false);
  }

  /* ---- session agendas ---------------------------------------------------------------- *
   * The set's sessions step by step: a step shows its first card and sets the timer to the
   * step's minutes; a break is shown as a break, and its button starts the break's timer. */

  const agendaSelect = $("agenda-session");
  const agendaSteps = $("agenda-steps");
  const promptIndex = new Map(prompts.map((prompt, index) => [prompt.id, index]));

  function renderAgenda() {
    const session = data.sessions[agendaSelect.selectedIndex];
    agendaSteps.replaceChildren(...(session ? session.steps.map(agendaItem) : []));
  }

  function agendaItem(step) {
    const item = document.createElement("li");
    item.className = step.break ? "agenda-step break" : "agenda-step";
    const head = document.createElement("p");
    const minutes = document.createElement("span");
    minutes.className = "agenda-minutes";
    minutes.textContent = fill(L.minutes, { n: step.minutes });
    const title = document.createElement("span");
    title.className = "agenda-title";
    title.dir = "auto";
    title.textContent = step.title;
    const method = document.createElement("span");
    method.className = "agenda-method";
    method.textContent = step.method;
    head.append(minutes, " ", title, " ", method);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button small";
    const first = step.prompts.map((id) => promptIndex.get(id)).find((i) => i !== undefined);
    if (step.break) {
      button.textContent = L.start_break;
      button.addEventListener("click", () => {
        timerLoad(step.minutes);
        timerStart();
      });
    } else if (first !== undefined) {
      button.textContent = L.go_to_step;
      button.addEventListener("click", () => goToStep(first, step.minutes));
    } else {
      button.textContent = L.set_timer;
      button.addEventListener("click", () => timerLoad(step.minutes));
    }
    item.append(head, button);
    return item;
  }

  function goToStep(index, minutes) {
    if (state.filtered.indexOf(index) < 0) {
      // Filters that hide the step's card give way, as for a card from a QR code.
      state.cat = "";
      state.level = "";
      state.remote = false;
      fillFilters();
      refilter(index);
    }
    showPrompt(index);
    timerLoad(minutes);
  }

  /* ---- start-up ----------------------------------------------------------------------- */

  function readUrl() {
    const params = new URLSearchParams(location.search);
    const get = (key) => params.get(key) || "";
    state.cat = categories.has(get("cat")) ? get("cat") : "";
    state.level = levels.has(get("level")) ? get("level") : "";
    state.remote = get("remote") === "1";
    state.seed = clip(get("seed"), MAX_SEED);
    state.names = splitNames(get("names"));
    state.name = state.seed ? clip(get("name"), MAX_NAME) : "";
    const card = get("card");
    const wanted = card ? prompts.findIndex((p) => p.id === card) : -1;
    refilter(wanted);
    if (participantMode() && state.own >= 0) {
      state.pos = state.filtered.indexOf(state.own);
    } else if (wanted >= 0 && state.filtered.indexOf(wanted) < 0) {
      // A card from a QR code wins over filters that would hide it.
      state.cat = "";
      state.level = "";
      state.remote = false;
      refilter(wanted);
    } else if (card && wanted < 0) {
      el.notice.textContent = fill(L.not_found, { card: card.slice(0, 80) });
      el.notice.hidden = false;
    }
  }

  function fillFilters() {
    $("filter-category").value = state.cat;
    $("filter-level").value = state.level;
    $("filter-remote").checked = state.remote;
  }

  function onFilterChange() {
    const keep = current();
    state.cat = $("filter-category").value;
    state.level = $("filter-level").value;
    state.remote = $("filter-remote").checked;
    refilter(keep);
    render(true);
  }

  function wire() {
    el.prev.addEventListener("click", prev);
    el.next.addEventListener("click", next);
    el.random.addEventListener("click", drawRandom);
    el.toggle.addEventListener("click", toggleFollowUps);
    el.myCard.addEventListener("click", () => showPrompt(state.own));
    $("show-all").addEventListener("click", () => {
      state.cat = "";
      state.level = "";
      state.remote = false;
      fillFilters();
      refilter(-1);
      render(true);
    });
    const filters = $("filters");
    filters.addEventListener("change", onFilterChange);
    filters.addEventListener("submit", (event) => event.preventDefault());
    timerEl.start.addEventListener("click", timerToggle);
    timerEl.reset.addEventListener("click", () => {
      const index = current();
      timerLoad(index < 0 ? 0 : prompts[index].minutes);
    });
    sessionForm.addEventListener("submit", (event) => {
      event.preventDefault();
      const seed = $("seed");
      const needed = !seed.value.trim() && $("your-name").value.trim() !== "";
      seed.setCustomValidity(needed ? L.seed_needed : "");
      if (needed) {
        seed.reportValidity();
        seed.focus();
        return;
      }
      applySession();
    });
    $("seed").addEventListener("input", () => $("seed").setCustomValidity(""));
    $("new-seed").addEventListener("click", () => {
      $("seed").value = newSeed();
      $("seed").focus();
    });
    $("copy-link").addEventListener("click", () => {
      const field = $("share-link");
      field.select();
      const done = () => say(L.copied);
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(field.value).then(done, () => {});
      }
    });
    if (document.fullscreenEnabled) {
      fullscreenButton.hidden = false;
      fullscreenButton.addEventListener("click", toggleFullscreen);
      document.addEventListener("fullscreenchange", drawFullscreen);
    }
    document.addEventListener("keydown", onKey);
    agendaSelect.addEventListener("change", renderAgenda);
  }

  function onKey(event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target;
    const tag = target && target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable) return;
    const onControl = tag === "BUTTON" || tag === "A" || tag === "SUMMARY";
    switch (event.key) {
      case "ArrowRight":
        next();
        break;
      case "ArrowLeft":
        prev();
        break;
      case " ":
        if (onControl) return; // Space presses the focused button, as everywhere else.
        toggleFollowUps();
        break;
      case "r":
      case "R":
        drawRandom();
        break;
      case "t":
      case "T":
        timerToggle();
        break;
      case "f":
      case "F":
        toggleFullscreen();
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  document.documentElement.style.setProperty("--accent", data.set.accent);
  document.documentElement.style.setProperty("--on-accent", data.set.on_accent);
  readUrl();
  fillFilters();
  fillSessionForm();
  if (state.seed && !participantMode()) $("session-panel").open = true;
  if (state.cat || state.level || state.remote) $("filters-panel").open = true;
  renderAgenda();
  wire();
  render(false);
  document.documentElement.classList.add("ready");
})();
