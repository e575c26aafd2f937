//! Self-screening on the ILO indicators of forced labour. The questions are Fluent messages;
//! which indicator each answers, how much it weighs and where it points are data from a pack.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// The eleven ILO indicators of forced labour.
pub const ILO_INDICATORS: &[&str] = &[
    "abuse-of-vulnerability",
    "deception",
    "restriction-of-movement",
    "isolation",
    "physical-and-sexual-violence",
    "intimidation-and-threats",
    "retention-of-identity-documents",
    "withholding-of-wages",
    "debt-bondage",
    "abusive-working-and-living-conditions",
    "excessive-overtime",
];

/// What a question asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    /// One of the ILO indicators of forced labour.
    #[default]
    Indicator,
    /// "Are you under 18?": for a child, exploitation alone is enough, and children's lines
    /// come first.
    Age,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    #[serde(default)]
    pub kind: QuestionKind,
    /// The question in English, the reference for its translations
    /// (`question_<questionnaire>--<id>`).
    pub text: String,
    /// An example or explanation shown under it, if any.
    #[serde(default)]
    pub help: Option<String>,
    /// The ILO indicator it answers (indicator questions only).
    #[serde(default)]
    pub indicator: Option<String>,
    /// Points a "yes" adds; "not sure" adds half.
    #[serde(default = "one")]
    pub weight: u32,
    /// A "yes" means the person may be in danger now.
    #[serde(default)]
    pub urgent: bool,
    /// Rights topics that help with this.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Helpline specialties that help with this.
    #[serde(default)]
    pub specialties: Vec<String>,
}

fn one() -> u32 {
    1
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub id: String,
    pub questions: Vec<Question>,
    /// Score (in half points) from which the answers are "warning signs".
    pub warning_score: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Yes,
    No,
    NotSure,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Nothing was answered: the result says who the person can ask, never "no signs".
    NoAnswers,
    /// Only "not sure" where a sign could be: worth talking it through, never "no signs".
    Unclear,
    /// No warning signs in what was answered.
    None,
    /// Signs of forced labour or exploitation.
    Some,
    /// A sign of danger now.
    Urgent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreeningResult {
    pub level: Level,
    /// Indicator questions answered "yes".
    pub warning_signs: u32,
    /// Indicator questions answered "not sure".
    pub not_sure: u32,
    /// Indicator questions answered at all.
    pub answered: u32,
    /// The person said they are under 18.
    pub under_18: bool,
    pub indicators: Vec<String>,
    pub topics: Vec<String>,
    pub specialties: Vec<String>,
}

impl Questionnaire {
    /// Checks the definition; the reason names what is wrong.
    pub fn validate(&self) -> Result<(), String> {
        let mut seen = BTreeSet::new();
        if !super::translations::is_item_key(&self.id) || self.id.contains("--") {
            return Err(format!("questionnaire id {:?} is not a valid id", self.id));
        }
        for q in &self.questions {
            if !seen.insert(q.id.as_str()) {
                return Err(format!("question {} appears twice", q.id));
            }
            if !super::translations::is_item_key(&q.id) || q.id.contains("--") {
                return Err(format!("question id {:?} is not a valid id", q.id));
            }
            if q.text.trim().is_empty() {
                return Err(format!("question {}: no text", q.id));
            }
            match (q.kind, q.indicator.as_deref()) {
                (QuestionKind::Indicator, Some(i)) if ILO_INDICATORS.contains(&i) => {}
                (QuestionKind::Indicator, i) => return Err(format!("question {}: unknown indicator {i:?}", q.id)),
                (QuestionKind::Age, None) => {}
                (QuestionKind::Age, Some(_)) => {
                    return Err(format!("question {}: an age question has no indicator", q.id));
                }
            }
            if let Some(t) = q.topics.iter().find(|t| !super::model::TOPICS.contains(&t.as_str())) {
                return Err(format!("question {}: unknown topic {t}", q.id));
            }
        }
        if !self.questions.iter().any(|q| q.kind == QuestionKind::Indicator) {
            return Err("no questions".into());
        }
        Ok(())
    }

    /// The translation key of a question (`<questionnaire>--<question>`; ids never hold
    /// `--`, so the key names one question).
    pub fn text_key(&self, question: &Question) -> String {
        format!("{}--{}", self.id, question.id)
    }

    /// Scores `answers` (question id → answer); unknown ids are ignored, skipped questions
    /// count for nothing.
    pub fn score(&self, answers: &BTreeMap<String, Answer>) -> ScreeningResult {
        let mut half_points = 0;
        let mut urgent = false;
        let (mut warning_signs, mut not_sure, mut answered) = (0, 0, 0);
        let mut under_18 = false;
        let (mut indicators, mut topics, mut specialties) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
        for q in &self.questions {
            let answer = answers.get(&q.id);
            if q.kind == QuestionKind::Age {
                under_18 |= answer == Some(&Answer::Yes);
                continue;
            }
            let weight = match answer {
                Some(Answer::Yes) => {
                    answered += 1;
                    warning_signs += 1;
                    urgent |= q.urgent;
                    2 * q.weight
                }
                Some(Answer::NotSure) => {
                    answered += 1;
                    not_sure += 1;
                    q.weight
                }
                Some(Answer::No) => {
                    answered += 1;
                    continue;
                }
                None => continue,
            };
            half_points += weight;
            indicators.insert(q.indicator.clone().unwrap_or_default());
            topics.extend(q.topics.iter().cloned());
            specialties.extend(q.specialties.iter().cloned());
        }
        let level = if urgent {
            Level::Urgent
        } else if (half_points >= self.warning_score && half_points > 0) || (under_18 && warning_signs > 0) {
            // For a child, exploitation alone is enough: no force or deception is needed.
            Level::Some
        } else if answered == 0 {
            Level::NoAnswers
        } else if warning_signs > 0 || not_sure > 0 {
            Level::Unclear
        } else {
            Level::None
        };
        if matches!(level, Level::None | Level::NoAnswers) {
            // Nothing to point at; the general helplines are shown instead.
            indicators.clear();
            topics.clear();
            specialties.clear();
        }
        if under_18 {
            topics.insert("children".to_owned());
            specialties.insert("children".to_owned());
        }
        ScreeningResult {
            level,
            warning_signs,
            not_sure,
            answered,
            under_18,
            indicators: indicators.into_iter().collect(),
            topics: topics.into_iter().collect(),
            specialties: specialties.into_iter().collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(id: &str, indicator: &str, urgent: bool, topics: &[&str]) -> Question {
        Question {
            id: id.into(),
            kind: QuestionKind::Indicator,
            text: format!("Question {id}?"),
            help: None,
            indicator: Some(indicator.into()),
            weight: 1,
            urgent,
            topics: topics.iter().map(|t| t.to_string()).collect(),
            specialties: vec!["forced_labour".into()],
        }
    }

    fn questionnaire() -> Questionnaire {
        Questionnaire {
            id: "ilo".into(),
            questions: vec![
                q("documents", "retention-of-identity-documents", false, &["documents"]),
                q("wages", "withholding-of-wages", false, &["wages"]),
                q("violence", "physical-and-sexual-violence", true, &["violence"]),
            ],
            warning_score: 2,
        }
    }

    fn answers(list: &[(&str, Answer)]) -> BTreeMap<String, Answer> {
        list.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn scoring_follows_the_data() {
        let def = questionnaire();
        def.validate().unwrap();
        assert_eq!(def.score(&answers(&[("documents", Answer::No)])).level, Level::None);
        // One "not sure" is half a point: below the threshold, but never "no signs".
        let r = def.score(&answers(&[("wages", Answer::NotSure)]));
        assert_eq!((r.level, r.warning_signs, r.not_sure), (Level::Unclear, 0, 1));
        // Nothing answered is not "no signs" either.
        assert_eq!(def.score(&answers(&[])).level, Level::NoAnswers);
        let r = def.score(&answers(&[("documents", Answer::Yes), ("wages", Answer::No)]));
        assert_eq!(r.level, Level::Some);
        assert_eq!(r.topics, ["documents"]);
        assert_eq!(r.indicators, ["retention-of-identity-documents"]);
        let r = def.score(&answers(&[("violence", Answer::Yes)]));
        assert_eq!(r.level, Level::Urgent);
        assert_eq!(r.warning_signs, 1);
    }

    #[test]
    fn under_18_one_sign_is_enough_and_points_to_childrens_help() {
        let mut def = questionnaire();
        def.warning_score = 4;
        def.questions.push(Question {
            id: "age".into(),
            kind: QuestionKind::Age,
            text: "Are you under 18?".into(),
            help: None,
            indicator: None,
            weight: 1,
            urgent: false,
            topics: vec![],
            specialties: vec![],
        });
        def.validate().unwrap();
        let adult = def.score(&answers(&[("documents", Answer::Yes)]));
        assert_eq!(adult.level, Level::Unclear, "one sign alone, adult: talk it through");
        let child = def.score(&answers(&[("documents", Answer::Yes), ("age", Answer::Yes)]));
        assert_eq!(child.level, Level::Some);
        assert!(child.under_18 && child.specialties.contains(&"children".to_owned()));
    }

    #[test]
    fn bad_definitions_are_refused() {
        let mut def = questionnaire();
        def.questions[0].indicator = Some("bad-luck".into());
        assert!(def.validate().is_err());
        let mut def = questionnaire();
        def.questions[1].id = "documents".into();
        assert!(def.validate().is_err());
    }
}
