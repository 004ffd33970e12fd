/*
 * What the page tells the server: viewing events, and the choices it runs.
 *
 * Events carry ids, steps and numbers only, never personal data. They go by
 * beacon where the browser has one, so that the last of them still arrive when
 * the viewer leaves the page.
 */

export class Report {
  constructor(url) {
    this.url = url;
    this.sent = new Set(); // the events that go once: completed, the quarters
  }

  send(event, details = {}) {
    if (!this.url) return;
    const body = JSON.stringify({ event, ...details });
    const blob = new Blob([body], { type: "application/json" });
    if (navigator.sendBeacon && navigator.sendBeacon(this.url, blob)) return;
    fetch(this.url, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      keepalive: true,
    }).catch(() => null);
  }

  once(event, details = {}) {
    const key = JSON.stringify([event, details]);
    if (this.sent.has(key)) return;
    this.sent.add(key);
    this.send(event, details);
  }

  /**
   * The quarters of the path watched so far: ``watched`` frames of ``total``, the
   * frames from the start to where the story next waits for a choice or ends.
   * A choice lengthens the path; each quarter is still reported once.
   */
  watched(watched, total) {
    for (let quarter = 1; quarter <= 4; quarter += 1) {
      if (watched >= (total * quarter) / 4) this.once("quarter", { quarter });
    }
  }
}

/** Run a choice on the server: its answer, or an error carrying the status. */
export async function postChoice(url, choice) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(choice),
  });
  if (!response.ok) {
    throw Object.assign(new Error(`answered ${response.status}`), { status: response.status });
  }
  return response.json();
}
