//! The plan's stored JSON form (inside the record and backup files), written and read by
//! hand with [`json`](super::json). It is exactly the form serde's derives gave format 1:
//! every field in declaration order under its own name, `null` for an absent option,
//! choices by slug, dates as `2026-11-25`, times as `10:30:00`. When reading, fields
//! marked optional below may be left out, and unknown fields are refused.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::json::{
    required, write_bool, write_formatted, write_list, write_opt, write_str, write_strs,
    write_uint, Error, Fields, Reader, Result,
};
use super::plan::*;

fn write_id(out: &mut String, id: Id) {
    write_uint(out, id.into());
}

fn write_small(out: &mut String, value: u8) {
    write_uint(out, value.into());
}

fn write_date(out: &mut String, date: NaiveDate) {
    write_formatted(out, format_args!("{date:?}"));
}

fn read_date(r: &mut Reader) -> Result<NaiveDate> {
    r.parsed(str::parse::<NaiveDate>)
}

fn read_opt_date(r: &mut Reader) -> Result<Option<NaiveDate>> {
    r.opt(read_date)
}

const fn deny(names: &'static [&'static str]) -> Fields {
    Fields {
        names,
        deny_unknown: true,
    }
}

// ---------------------------------------------------------------------------------------
// Writing.

/// Writes `key` (such as `,"company":`), then the value.
fn text(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    write_str(out, value);
}

fn id(out: &mut String, key: &str, value: Id) {
    out.push_str(key);
    write_uint(out, value.into());
}

fn small(out: &mut String, key: &str, value: u8) {
    out.push_str(key);
    write_uint(out, value.into());
}

fn flag(out: &mut String, key: &str, value: bool) {
    out.push_str(key);
    write_bool(out, value);
}

fn date(out: &mut String, key: &str, value: NaiveDate) {
    out.push_str(key);
    write_date(out, value);
}

fn opt_date(out: &mut String, key: &str, value: Option<NaiveDate>) {
    out.push_str(key);
    write_opt(out, value, write_date);
}

fn texts(out: &mut String, key: &str, values: &[String]) {
    out.push_str(key);
    write_strs(out, values);
}

fn list<T>(out: &mut String, key: &str, items: &[T], write: fn(&mut String, &T)) {
    out.push_str(key);
    write_list(out, items, write);
}

/// Writes the stored JSON of `plan`.
pub fn write_plan(out: &mut String, plan: &Plan) {
    list(out, "{\"rejections\":", &plan.rejections, write_rejection);
    out.push_str(",\"current\":");
    write_opt(out, plan.current, write_id);
    let Profile {
        name,
        skills,
        level,
    } = &plan.profile;
    text(out, ",\"profile\":{\"name\":", name);
    texts(out, ",\"skills\":", skills);
    out.push_str(",\"level\":");
    write_opt(out, *level, |out, l| write_str(out, l.slug()));
    list(out, "},\"roles\":", &plan.roles, write_role);
    list(
        out,
        ",\"search_changes\":",
        &plan.search_changes,
        write_search_change,
    );
    list(out, ",\"skill_gaps\":", &plan.skill_gaps, write_skill_gap);
    list(out, ",\"fun\":", &plan.fun, write_fun);
    let w = &plan.wellbeing;
    list(out, ",\"wellbeing\":{\"moods\":", &w.moods, write_mood);
    list(out, ",\"reframes\":", &w.reframes, write_reframe);
    list(out, ",\"went_well\":", &w.went_well, write_went_well);
    text(out, ",\"setback_plan\":", &w.setback_plan);
    opt_date(out, ",\"slate_wiped_on\":", w.slate_wiped_on);
    list(
        out,
        "},\"applications\":",
        &plan.applications,
        write_application,
    );
    texts(out, ",\"prep_done\":", &plan.prep_done);
    id(out, ",\"next_id\":", plan.next_id);
    out.push('}');
}

fn write_rejection(out: &mut String, r: &Rejection) {
    id(out, "{\"id\":", r.id);
    text(out, ",\"company\":", &r.company);
    text(out, ",\"role\":", &r.role);
    text(out, ",\"contact_name\":", &r.contact_name);
    text(out, ",\"contact_email\":", &r.contact_email);
    text(out, ",\"stage\":", r.stage.slug());
    date(out, ",\"date\":", r.date);
    text(out, ",\"channel\":", r.channel.slug());
    text(out, ",\"message\":", &r.message);
    out.push_str(",\"request\":{\"status\":");
    write_opt(out, r.request.status, |out, s| write_str(out, s.slug()));
    opt_date(out, ",\"sent_on\":", r.request.sent_on);
    opt_date(out, ",\"followed_up_on\":", r.request.followed_up_on);
    list(out, "},\"feedback\":", &r.feedback, write_feedback);
    out.push_str(",\"reflection\":{\"cause\":");
    write_opt(out, r.reflection.cause, |out, c| write_str(out, c.slug()));
    text(out, ",\"note\":", &r.reflection.note);
    out.push_str("}}");
}

fn write_feedback(out: &mut String, f: &FeedbackItem) {
    id(out, "{\"id\":", f.id);
    text(out, ",\"text\":", &f.text);
    text(out, ",\"category\":", f.category.slug());
    text(out, ",\"stage\":", f.stage.slug());
    text(out, ",\"certainty\":", f.certainty.slug());
    out.push_str(",\"outcome\":");
    write_opt(out, f.outcome, |out, outcome| {
        let (tag, id) = match outcome {
            Outcome::SkillGap(id) => ("{\"skill_gap\":", id),
            Outcome::SearchChange(id) => ("{\"search_change\":", id),
        };
        out.push_str(tag);
        write_id(out, id);
        out.push('}');
    });
    out.push('}');
}

fn write_role(out: &mut String, r: &TargetRole) {
    id(out, "{\"id\":", r.id);
    text(out, ",\"title\":", &r.title);
    text(out, ",\"area\":", &r.area);
    text(out, ",\"level\":", r.level.slug());
    texts(out, ",\"requirements\":", &r.requirements);
    out.push('}');
}

/// Writes `,"source":` and the source.
fn write_source(out: &mut String, source: Option<FeedbackRef>) {
    out.push_str(",\"source\":");
    write_opt(out, source, |out, s| {
        id(out, "{\"rejection\":", s.rejection);
        id(out, ",\"feedback\":", s.feedback);
        out.push('}');
    });
}

fn write_search_change(out: &mut String, c: &SearchChange) {
    id(out, "{\"id\":", c.id);
    text(out, ",\"text\":", &c.text);
    flag(out, ",\"done\":", c.done);
    write_source(out, c.source);
    out.push('}');
}

fn write_skill_gap(out: &mut String, g: &SkillGap) {
    id(out, "{\"id\":", g.id);
    text(out, ",\"skill\":", &g.skill);
    text(out, ",\"category\":", g.category.slug());
    text(out, ",\"evidence\":", &g.evidence);
    write_source(out, g.source);
    text(out, ",\"priority\":", g.priority.slug());
    small(out, ",\"current_level\":", g.current_level);
    small(out, ",\"target_level\":", g.target_level);
    text(out, ",\"method\":", g.method.slug());
    out.push_str(",\"cost\":");
    write_opt(out, g.cost, |out, cost| write_uint(out, cost.into()));
    opt_date(out, ",\"target_date\":", g.target_date);
    text(out, ",\"status\":", g.status.slug());
    text(out, ",\"if_cue\":", &g.if_cue);
    text(out, ",\"then_action\":", &g.then_action);
    out.push('}');
}

fn write_fun(out: &mut String, f: &FunPlan) {
    id(out, "{\"id\":", f.id);
    text(out, ",\"what\":", &f.what);
    text(out, ",\"with_whom\":", &f.with_whom);
    out.push_str(",\"when\":");
    write_formatted(out, format_args!("{:?}", f.when));
    out.push_str(",\"mood_before\":");
    write_opt(out, f.mood_before, write_small);
    out.push_str(",\"mood_after\":");
    write_opt(out, f.mood_after, write_small);
    flag(out, ",\"done\":", f.done);
    out.push('}');
}

fn write_mood(out: &mut String, m: &MoodCheckIn) {
    date(out, "{\"date\":", m.date);
    small(out, ",\"mood\":", m.mood);
    text(out, ",\"note\":", &m.note);
    out.push('}');
}

fn write_reframe(out: &mut String, r: &Reframe) {
    id(out, "{\"id\":", r.id);
    date(out, ",\"date\":", r.date);
    text(out, ",\"thought\":", &r.thought);
    text(out, ",\"kinder_view\":", &r.kinder_view);
    out.push('}');
}

fn write_went_well(out: &mut String, w: &WentWell) {
    id(out, "{\"id\":", w.id);
    date(out, ",\"date\":", w.date);
    text(out, ",\"text\":", &w.text);
    out.push('}');
}

fn write_application(out: &mut String, a: &Application) {
    id(out, "{\"id\":", a.id);
    text(out, ",\"company\":", &a.company);
    text(out, ",\"role\":", &a.role);
    text(out, ",\"kind\":", a.kind.slug());
    date(out, ",\"date\":", a.date);
    out.push_str(",\"time\":");
    write_opt(out, a.time, |out, t| {
        write_formatted(out, format_args!("{t}"))
    });
    text(out, ",\"note\":", &a.note);
    out.push('}');
}

// ---------------------------------------------------------------------------------------
// Reading.

/// Reads the stored JSON of a plan. Every field of the plan may be left out.
pub fn read_plan(r: &mut Reader) -> Result<Plan> {
    const FIELDS: Fields = deny(&[
        "rejections",
        "current",
        "profile",
        "roles",
        "search_changes",
        "skill_gaps",
        "fun",
        "wellbeing",
        "applications",
        "prep_done",
        "next_id",
    ]);
    let mut plan = Plan::default();
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => plan.rejections = r.vec(read_rejection)?,
            1 => plan.current = r.opt(Reader::u32)?,
            2 => plan.profile = read_profile(r)?,
            3 => plan.roles = r.vec(read_role)?,
            4 => plan.search_changes = r.vec(read_search_change)?,
            5 => plan.skill_gaps = r.vec(read_skill_gap)?,
            6 => plan.fun = r.vec(read_fun)?,
            7 => plan.wellbeing = read_wellbeing(r)?,
            8 => plan.applications = r.vec(read_application)?,
            9 => plan.prep_done = r.strings()?,
            _ => plan.next_id = r.u32()?,
        }
        Ok(())
    })?;
    Ok(plan)
}

fn read_profile(r: &mut Reader) -> Result<Profile> {
    const FIELDS: Fields = deny(&["name", "skills", "level"]);
    let mut profile = Profile::default();
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => profile.name = r.string()?,
            1 => profile.skills = r.strings()?,
            _ => profile.level = r.opt(Level::read_json)?,
        }
        Ok(())
    })?;
    Ok(profile)
}

fn read_rejection(r: &mut Reader) -> Result<Rejection> {
    const FIELDS: Fields = deny(&[
        "id",
        "company",
        "role",
        "contact_name",
        "contact_email",
        "stage",
        "date",
        "channel",
        "message",
        "request",
        "feedback",
        "reflection",
    ]);
    let (mut id, mut company, mut role, mut stage, mut date, mut channel) =
        (None, None, None, None, None, None);
    let (mut contact_name, mut contact_email, mut message) =
        (String::new(), String::new(), String::new());
    let (mut request, mut feedback, mut reflection) = Default::default();
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(r.u32()?),
            1 => company = Some(r.string()?),
            2 => role = Some(r.string()?),
            3 => contact_name = r.string()?,
            4 => contact_email = r.string()?,
            5 => stage = Some(Stage::read_json(r)?),
            6 => date = Some(read_date(r)?),
            7 => channel = Some(Channel::read_json(r)?),
            8 => message = r.string()?,
            9 => request = read_request(r)?,
            10 => feedback = r.vec(read_feedback)?,
            _ => reflection = read_reflection(r)?,
        }
        Ok(())
    })?;
    Ok(Rejection {
        id: required(id, "id")?,
        company: required(company, "company")?,
        role: required(role, "role")?,
        contact_name,
        contact_email,
        stage: required(stage, "stage")?,
        date: required(date, "date")?,
        channel: required(channel, "channel")?,
        message,
        request,
        feedback,
        reflection,
    })
}

fn read_request(r: &mut Reader) -> Result<FeedbackRequest> {
    const FIELDS: Fields = deny(&["status", "sent_on", "followed_up_on"]);
    let mut request = FeedbackRequest::default();
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => request.status = r.opt(RequestStatus::read_json)?,
            1 => request.sent_on = read_opt_date(r)?,
            _ => request.followed_up_on = read_opt_date(r)?,
        }
        Ok(())
    })?;
    Ok(request)
}

fn read_reflection(r: &mut Reader) -> Result<Reflection> {
    const FIELDS: Fields = deny(&["cause", "note"]);
    let mut reflection = Reflection::default();
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => reflection.cause = r.opt(Cause::read_json)?,
            _ => reflection.note = r.string()?,
        }
        Ok(())
    })?;
    Ok(reflection)
}

fn read_feedback(r: &mut Reader) -> Result<FeedbackItem> {
    const FIELDS: Fields = deny(&["id", "text", "category", "stage", "certainty", "outcome"]);
    let (mut id, mut text, mut category, mut stage, mut certainty, mut outcome) =
        (None, None, None, None, None, None);
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(r.u32()?),
            1 => text = Some(r.string()?),
            2 => category = Some(FeedbackCategory::read_json(r)?),
            3 => stage = Some(Stage::read_json(r)?),
            4 => certainty = Some(Certainty::read_json(r)?),
            _ => outcome = r.opt(read_outcome)?,
        }
        Ok(())
    })?;
    Ok(FeedbackItem {
        id: required(id, "id")?,
        text: required(text, "text")?,
        category: required(category, "category")?,
        stage: required(stage, "stage")?,
        certainty: required(certainty, "certainty")?,
        outcome,
    })
}

fn read_outcome(r: &mut Reader) -> Result<Outcome> {
    let (index, in_object) = r.tag(&["skill_gap", "search_change"])?;
    if !in_object {
        return Err(Error::Shape(
            "invalid type: unit variant, expected newtype variant".into(),
        ));
    }
    let id = r.u32()?;
    r.end_tagged()?;
    Ok(if index == 0 {
        Outcome::SkillGap(id)
    } else {
        Outcome::SearchChange(id)
    })
}

fn read_role(r: &mut Reader) -> Result<TargetRole> {
    const FIELDS: Fields = deny(&["id", "title", "area", "level", "requirements"]);
    let (mut id, mut title, mut level) = (None, None, None);
    let (mut area, mut requirements) = (String::new(), Vec::new());
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(r.u32()?),
            1 => title = Some(r.string()?),
            2 => area = r.string()?,
            3 => level = Some(Level::read_json(r)?),
            _ => requirements = r.strings()?,
        }
        Ok(())
    })?;
    Ok(TargetRole {
        id: required(id, "id")?,
        title: required(title, "title")?,
        area,
        level: required(level, "level")?,
        requirements,
    })
}

fn read_source(r: &mut Reader) -> Result<Option<FeedbackRef>> {
    const FIELDS: Fields = deny(&["rejection", "feedback"]);
    r.opt(|r| {
        let (mut rejection, mut feedback) = (None, None);
        r.fields(&FIELDS, &mut |r, i| {
            *if i == 0 {
                &mut rejection
            } else {
                &mut feedback
            } = Some(r.u32()?);
            Ok(())
        })?;
        Ok(FeedbackRef {
            rejection: required(rejection, "rejection")?,
            feedback: required(feedback, "feedback")?,
        })
    })
}

fn read_search_change(r: &mut Reader) -> Result<SearchChange> {
    const FIELDS: Fields = deny(&["id", "text", "done", "source"]);
    let (mut id, mut text, mut done, mut source) = (None, None, false, None);
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(r.u32()?),
            1 => text = Some(r.string()?),
            2 => done = r.bool()?,
            _ => source = read_source(r)?,
        }
        Ok(())
    })?;
    Ok(SearchChange {
        id: required(id, "id")?,
        text: required(text, "text")?,
        done,
        source,
    })
}

fn read_skill_gap(r: &mut Reader) -> Result<SkillGap> {
    const FIELDS: Fields = deny(&[
        "id",
        "skill",
        "category",
        "evidence",
        "source",
        "priority",
        "current_level",
        "target_level",
        "method",
        "cost",
        "target_date",
        "status",
        "if_cue",
        "then_action",
    ]);
    let (mut id, mut skill, mut category, mut priority) = (None, None, None, None);
    let (mut current_level, mut target_level, mut method, mut status) = (None, None, None, None);
    let (mut evidence, mut if_cue, mut then_action) = (String::new(), String::new(), String::new());
    let (mut source, mut cost, mut target_date) = (None, None, None);
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(r.u32()?),
            1 => skill = Some(r.string()?),
            2 => category = Some(SkillCategory::read_json(r)?),
            3 => evidence = r.string()?,
            4 => source = read_source(r)?,
            5 => priority = Some(Priority::read_json(r)?),
            6 => current_level = Some(r.u8()?),
            7 => target_level = Some(r.u8()?),
            8 => method = Some(Method::read_json(r)?),
            9 => cost = r.opt(Reader::u32)?,
            10 => target_date = read_opt_date(r)?,
            11 => status = Some(GapStatus::read_json(r)?),
            12 => if_cue = r.string()?,
            _ => then_action = r.string()?,
        }
        Ok(())
    })?;
    Ok(SkillGap {
        id: required(id, "id")?,
        skill: required(skill, "skill")?,
        category: required(category, "category")?,
        evidence,
        source,
        priority: required(priority, "priority")?,
        current_level: required(current_level, "current_level")?,
        target_level: required(target_level, "target_level")?,
        method: required(method, "method")?,
        cost,
        target_date,
        status: required(status, "status")?,
        if_cue,
        then_action,
    })
}

fn read_fun(r: &mut Reader) -> Result<FunPlan> {
    const FIELDS: Fields = deny(&[
        "id",
        "what",
        "with_whom",
        "when",
        "mood_before",
        "mood_after",
        "done",
    ]);
    let (mut id, mut what, mut when) = (None, None, None);
    let (mut with_whom, mut mood_before, mut mood_after, mut done) =
        (String::new(), None, None, false);
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(r.u32()?),
            1 => what = Some(r.string()?),
            2 => with_whom = r.string()?,
            3 => when = Some(r.parsed(str::parse::<NaiveDateTime>)?),
            4 => mood_before = r.opt(Reader::u8)?,
            5 => mood_after = r.opt(Reader::u8)?,
            _ => done = r.bool()?,
        }
        Ok(())
    })?;
    Ok(FunPlan {
        id: required(id, "id")?,
        what: required(what, "what")?,
        with_whom,
        when: required(when, "when")?,
        mood_before,
        mood_after,
        done,
    })
}

fn read_wellbeing(r: &mut Reader) -> Result<Wellbeing> {
    const FIELDS: Fields = deny(&[
        "moods",
        "reframes",
        "went_well",
        "setback_plan",
        "slate_wiped_on",
    ]);
    let mut wellbeing = Wellbeing::default();
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => wellbeing.moods = r.vec(read_mood)?,
            1 => wellbeing.reframes = r.vec(read_reframe)?,
            2 => wellbeing.went_well = r.vec(read_went_well)?,
            3 => wellbeing.setback_plan = r.string()?,
            _ => wellbeing.slate_wiped_on = read_opt_date(r)?,
        }
        Ok(())
    })?;
    Ok(wellbeing)
}

fn read_mood(r: &mut Reader) -> Result<MoodCheckIn> {
    const FIELDS: Fields = deny(&["date", "mood", "note"]);
    let (mut date, mut mood, mut note) = (None, None, String::new());
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => date = Some(read_date(r)?),
            1 => mood = Some(r.u8()?),
            _ => note = r.string()?,
        }
        Ok(())
    })?;
    Ok(MoodCheckIn {
        date: required(date, "date")?,
        mood: required(mood, "mood")?,
        note,
    })
}

fn read_reframe(r: &mut Reader) -> Result<Reframe> {
    const FIELDS: Fields = deny(&["id", "date", "thought", "kinder_view"]);
    let (mut id, mut date, mut thought, mut kinder_view) = (None, None, None, None);
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(r.u32()?),
            1 => date = Some(read_date(r)?),
            2 => thought = Some(r.string()?),
            _ => kinder_view = Some(r.string()?),
        }
        Ok(())
    })?;
    Ok(Reframe {
        id: required(id, "id")?,
        date: required(date, "date")?,
        thought: required(thought, "thought")?,
        kinder_view: required(kinder_view, "kinder_view")?,
    })
}

fn read_went_well(r: &mut Reader) -> Result<WentWell> {
    const FIELDS: Fields = deny(&["id", "date", "text"]);
    let (mut id, mut date, mut text) = (None, None, None);
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(r.u32()?),
            1 => date = Some(read_date(r)?),
            _ => text = Some(r.string()?),
        }
        Ok(())
    })?;
    Ok(WentWell {
        id: required(id, "id")?,
        date: required(date, "date")?,
        text: required(text, "text")?,
    })
}

fn read_application(r: &mut Reader) -> Result<Application> {
    const FIELDS: Fields = deny(&["id", "company", "role", "kind", "date", "time", "note"]);
    let (mut id, mut company, mut role, mut kind, mut date) = (None, None, None, None, None);
    let (mut time, mut note) = (None, String::new());
    r.fields(&FIELDS, &mut |r, i| {
        match i {
            0 => id = Some(r.u32()?),
            1 => company = Some(r.string()?),
            2 => role = Some(r.string()?),
            3 => kind = Some(AppKind::read_json(r)?),
            4 => date = Some(read_date(r)?),
            5 => time = r.opt(|r| r.parsed(str::parse::<NaiveTime>))?,
            _ => note = r.string()?,
        }
        Ok(())
    })?;
    Ok(Application {
        id: required(id, "id")?,
        company: required(company, "company")?,
        role: required(role, "role")?,
        kind: required(kind, "kind")?,
        date: required(date, "date")?,
        time,
        note,
    })
}
