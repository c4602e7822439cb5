// A large plan, built in JS to match the stored form (src/core/stored.rs) exactly:
// 10 rejections, 200 feedback items spread across them, 300 skill gaps, 100 applications
// and 60 days of mood check-ins, every id unique, every choice a real slug.
//
//   import { largePlan, largeRecord, LARGE } from './large-plan.mjs';
//   const record = largeRecord();            // { format: 1, revision: 1, saved_at, plan }
//
//   node bench/large-plan.mjs > large.json   // the stored record as JSON
//
// Dates are relative to `today` (local), so a run on any day has past and future dates
// the way a real plan would. The content is deterministic for a given day.
// If plan.rs changes, `cargo run --example bench_native` (run by scripts/bench.sh) loads
// this record through Record::from_json first and stops with the reader's message if it no
// longer matches.

import { pathToFileURL } from 'node:url';
import path from 'node:path';

/** How many of each the large plan holds (the bench checks the UI shows them). */
export const LARGE = {
  rejections: 10,
  feedback: 200,
  skillGaps: 300,
  applications: 100,
  moodDays: 60,
};

// Slugs of the choice_enum! types in plan.rs (snake_case).
const STAGES = ['application', 'screening', 'interview', 'assessment', 'final_round', 'offer', 'other'];
const CHANNELS = ['email', 'call', 'portal', 'in_person', 'ghosted'];
const REQUEST_STATUSES = ['not_sent', 'sent', 'answered', 'no_answer', 'closed'];
const FEEDBACK_CATEGORIES = [
  'preparation', 'communication', 'confidence', 'skills_gap', 'motivation',
  'culture_fit', 'salary', 'stronger_candidate', 'role_closed', 'other',
];
const CERTAINTIES = ['fact', 'guess'];
const CAUSES = ['competition', 'level', 'area', 'not_sure'];
const SKILL_CATEGORIES = ['technical', 'domain', 'communication', 'leadership', 'interviewing', 'other'];
const PRIORITIES = ['high', 'medium', 'low'];
const METHODS = ['course', 'qualification', 'project', 'practice'];
const GAP_STATUSES = ['not_started', 'in_progress', 'done'];
const APP_KINDS = ['application', 'interview', 'follow_up'];

const COMPANIES = [
  'Northwind Traders', 'Contoso', 'Fabrikam', 'Tailspin Toys', 'Wide World Importers',
  'Adventure Works', 'Litware', 'Proseware', 'Woodgrove Bank', 'Alpine Ski House',
  'Coho Winery', 'Lucerne Publishing', 'Margie’s Travel', 'Trey Research', 'Fourth Coffee',
];
const ROLES = [
  'Junior data analyst', 'Data analyst', 'BI developer', 'Analytics engineer',
  'Product analyst', 'Reporting specialist', 'Insights analyst',
];
// Feedback is written from parts picked by a seeded random generator, so the texts vary
// the way real notes do (which matters for how well a share link compresses).
const OPENERS = [
  'SQL answers were correct but slow', 'The case study was strong', 'Another candidate had more retail experience',
  'Could not give a concrete example of a difficult stakeholder', 'Dashboards looked good',
  'Salary expectations were above the band', 'Seemed nervous in the first ten minutes',
  'Python was fine', 'The role was put on hold after the final round', 'I think I rambled on the first question',
  'The panel liked the portfolio', 'Technical screen went well', 'Presentation ran over time',
  'They wanted someone who could start in January', 'Questions about A/B testing were shaky',
  'The hiring manager said communication was clear', 'Too little experience with cloud warehouses',
  'Answers on data quality were vague', 'Good rapport with the team lead', 'The take-home task was late',
];
const MIDDLES = [
  'but the recommendation came too late', 'and the story behind the numbers was unclear',
  'though there was no experience with dbt', 'while the team needed someone senior straight away',
  'yet the trade-offs were not explained', 'and the follow-up questions went unanswered',
  'so they chose an internal candidate', 'but the estimate of the impact was missing',
  'although the SQL itself was clean', 'and the metrics definitions were mixed up',
  'which made the second half hard to follow', 'because budget for the role shrank',
  'but nobody asked about the portfolio', 'and Looker came up several times',
];
const ENDINGS = [
  'practise window functions under time pressure', 'lead with the answer next time',
  'prepare two STAR stories about stakeholders', 'read up on experiment design',
  'build one end-to-end dbt project', 'ask about the band before the final round',
  'rehearse the first five minutes aloud', 'keep the presentation to ten minutes',
  'get a certificate in a cloud warehouse', 'write a one-page summary for every case',
  'nothing to change: it was the budget', 'ask the recruiter for specifics',
];
const SKILLS = [
  'SQL window functions', 'dbt models', 'Tableau dashboards', 'Power BI', 'Python pandas',
  'A/B testing', 'Statistics refresher', 'Stakeholder stories', 'STAR answers', 'Data modelling',
  'Excel power query', 'Looker', 'Airflow basics', 'Presenting to executives', 'Retail KPIs',
];
const CUES = ['it is Saturday morning', 'I finish lunch on a weekday', 'the kettle is on', 'I open my laptop after dinner'];
const ACTIONS = ['do one practice set', 'watch one module', 'write one STAR story', 'build one chart'];

function pad(n) {
  return String(n).padStart(2, '0');
}

/** A local calendar date as "YYYY-MM-DD", `days` from `today`. */
function isoDate(today, days) {
  const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A small seeded random generator (mulberry32): the same plan on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The large plan (the `plan` of a stored record), as a plain object. */
export function largePlan(today = new Date()) {
  let nextId = 0;
  const id = () => ++nextId;
  const pick = (list, i) => list[i % list.length];
  const rand = random(20261125);
  const any = (list) => list[Math.floor(rand() * list.length)];

  // 10 rejections, newest last, each with 20 feedback items.
  const rejections = [];
  for (let r = 0; r < LARGE.rejections; r++) {
    const rejectionId = id();
    const daysAgo = 70 - r * 7;
    const feedback = [];
    for (let f = 0; f < LARGE.feedback / LARGE.rejections; f++) {
      const n = r * 20 + f;
      feedback.push({
        id: id(),
        text: `${any(OPENERS)}, ${any(MIDDLES)}: ${any(ENDINGS)}.`,
        category: pick(FEEDBACK_CATEGORIES, n),
        stage: pick(STAGES, n + r),
        certainty: pick(CERTAINTIES, n),
        outcome: null, // linked to skill gaps below
      });
    }
    const status = pick(REQUEST_STATUSES, r);
    rejections.push({
      id: rejectionId,
      company: pick(COMPANIES, r),
      role: pick(ROLES, r),
      contact_name: `Recruiter ${r + 1}`,
      contact_email: `recruiter${r + 1}@company${r + 1}.example`,
      stage: pick(STAGES, r + 2),
      date: isoDate(today, -daysAgo),
      channel: pick(CHANNELS, r),
      message:
        'Thank you for the time you spent with us over the last few weeks. It was a difficult ' +
        'decision, but we have decided to move forward with another candidate whose experience ' +
        'more closely matches what the team needs right now. We were impressed by your case study ' +
        'and would be glad to hear from you again.',
      request: {
        status,
        sent_on: status === 'not_sent' ? null : isoDate(today, -daysAgo + 1),
        followed_up_on: status === 'sent' && r % 2 === 0 ? isoDate(today, -daysAgo + 8) : null,
      },
      feedback,
      reflection: { cause: pick(CAUSES, r), note: `What I take from the ${pick(COMPANIES, r)} process.` },
    });
  }

  // 300 skill gaps; the first 100 come from feedback items (linked both ways).
  const allFeedback = rejections.flatMap((r) => r.feedback.map((f) => ({ r, f })));
  const skillGaps = [];
  for (let g = 0; g < LARGE.skillGaps; g++) {
    const gapId = id();
    let source = null;
    if (g < 100) {
      const { r, f } = allFeedback[g * 2];
      source = { rejection: r.id, feedback: f.id };
      f.outcome = { skill_gap: gapId };
    }
    const current = 1 + (g % 3);
    skillGaps.push({
      id: gapId,
      skill: `${pick(SKILLS, g)} ${Math.floor(g / SKILLS.length) + 1}`,
      category: pick(SKILL_CATEGORIES, g),
      evidence: g % 2 === 0 ? `${any(OPENERS)}; ${pick(ROLES, g + 1)} ads at ${any(COMPANIES)} ask for it` : '',
      source,
      priority: pick(PRIORITIES, g),
      current_level: current,
      target_level: Math.min(5, current + 1 + (g % 2)),
      method: pick(METHODS, g),
      cost: g % 4 === 0 ? 20 + (g % 7) * 15 : null,
      target_date: g % 5 === 4 ? null : isoDate(today, -30 + (g % 210)),
      status: pick(GAP_STATUSES, g),
      if_cue: g % 3 === 0 ? pick(CUES, g) : '',
      then_action: g % 3 === 0 ? pick(ACTIONS, g) : '',
    });
  }

  // 100 applications over the next 100 days.
  const applications = [];
  for (let a = 0; a < LARGE.applications; a++) {
    applications.push({
      id: id(),
      company: pick(COMPANIES, a + 3),
      role: pick(ROLES, a),
      kind: pick(APP_KINDS, a),
      date: isoDate(today, 1 + a),
      time: a % 2 === 0 ? `${pad(9 + (a % 8))}:${a % 4 === 0 ? '00' : '30'}:00` : null,
      note: a % 3 === 0 ? 'Video call; bring the case study' : '',
    });
  }

  // 60 days of mood check-ins, ending today.
  const moods = [];
  for (let d = LARGE.moodDays - 1; d >= 0; d--) {
    moods.push({ date: isoDate(today, -d), mood: 1 + ((d * 7) % 5), note: d % 4 === 0 ? 'a walk helped' : '' });
  }

  return {
    rejections,
    current: rejections[rejections.length - 1].id,
    profile: { name: 'Alex', skills: ['SQL', 'Excel', 'Python'], level: 'junior' },
    roles: [],
    search_changes: [],
    skill_gaps: skillGaps,
    fun: [],
    wellbeing: { moods, reframes: [], went_well: [], setback_plan: '', slate_wiped_on: null },
    applications,
    prep_done: [],
    next_id: nextId,
  };
}

/** The stored record of the large plan, as the app keeps it under `rebound.plan`. */
export function largeRecord(today = new Date()) {
  return { format: 1, revision: 1, saved_at: today.toISOString(), plan: largePlan(today) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.stdout.write(`${JSON.stringify(largeRecord())}\n`);
}
