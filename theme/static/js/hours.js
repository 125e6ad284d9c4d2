// Optional: the owner's working hours in the reader's own time zone, worked out
// in the browser with Intl (no request, no library). Without this script the
// hire page says the hours with their UTC offset and in a table of cities.
// Reads [data-working-hours]: data-timezone (IANA), data-days (ISO weekdays,
// 1 = Monday), data-start and data-end (HH:MM in that zone), data-city.
(() => {
  const box = document.querySelector("[data-working-hours][data-timezone]");
  const live = box && box.querySelector("[data-hours-live]");
  if (!live || typeof Intl !== "object") return;
  const owner = box.dataset.timezone;
  const reader = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const days = box.dataset.days.split(" ").map(Number);
  const [startHour, startMinute] = box.dataset.start.split(":").map(Number);
  const [endHour, endMinute] = box.dataset.end.split(":").map(Number);
  const lang = document.documentElement.lang || "en";
  const MINUTE = 60000;
  const DAY = 1440 * MINUTE;

  // The wall clock in `zone` at `instant`, as numbers.
  const wall = (instant, zone) => {
    const parts = {};
    const format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric",
      hour: "numeric", minute: "numeric", weekday: "short",
    });
    for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
    const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(parts.weekday) + 1;
    return { y: +parts.year, m: +parts.month, d: +parts.day, h: +parts.hour, min: +parts.minute, weekday };
  };
  // The instant when the wall clock in `zone` shows y-m-d h:min.
  const at = (y, m, d, h, min, zone) => {
    const asUtc = Date.UTC(y, m - 1, d, h, min);
    let guess = asUtc;
    for (let i = 0; i < 2; i++) {
      const seen = wall(new Date(guess), zone);
      guess = asUtc - (Date.UTC(seen.y, seen.m - 1, seen.d, seen.h, seen.min) - guess);
    }
    return new Date(guess);
  };
  const time = (instant, zone) =>
    new Intl.DateTimeFormat(lang, { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
  const weekday = (instant, zone) =>
    new Intl.DateTimeFormat(lang, { timeZone: zone, weekday: "long" }).format(instant);

  const now = new Date();
  // The owner's next working hours: today's if they have not ended, else the next day's.
  let start;
  let end;
  for (let ahead = 0; ahead < 8; ahead++) {
    const day = wall(new Date(now.getTime() + ahead * DAY), owner);
    if (!days.includes(day.weekday)) continue;
    start = at(day.y, day.m, day.d, startHour, startMinute, owner);
    end = at(day.y, day.m, day.d, endHour, endMinute, owner);
    if (end > now) break;
  }
  if (!start) return;

  const city = box.dataset.city || owner;
  const lines = [];
  const working = start <= now && now < end;
  lines.push(
    `It is ${time(now, owner)} on ${weekday(now, owner)} in ${city}: ` +
      (working ? "I am working now." : "I am not working now.")
  );
  if (reader === owner) {
    lines.push("You are in my time zone.");
  } else {
    const day = weekday(start, reader);
    const words = working ? "Today I work until" : `My next working hours are ${day},`;
    lines.push(
      working
        ? `${words} ${time(end, reader)} your time (${reader}).`
        : `${words} ${time(start, reader)} to ${time(end, reader)} your time (${reader}).`
    );
    // The reader's own 09:00 to 17:00 on the day my hours start, their time.
    const local = wall(start, reader);
    const from = Math.max(start, at(local.y, local.m, local.d, 9, 0, reader));
    const until = Math.min(end, at(local.y, local.m, local.d, 17, 0, reader));
    lines.push(
      until - from >= 30 * MINUTE
        ? `That overlaps a 09:00 to 17:00 working day where you are from ${time(new Date(from), reader)} to ${time(new Date(until), reader)}.`
        : "That does not overlap a 09:00 to 17:00 working day where you are: write whenever suits you."
    );
  }
  live.replaceChildren(...lines.map((line) => Object.assign(document.createElement("p"), { textContent: line })));
})();
