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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    /// The Fluent message that asks it.
    pub message: String,
    pub indicator: String,
    /// Points a "yes" adds; "not sure" adds half.
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
    /// No warning signs.
    None,
    /// Signs of forced labour or exploitation.
    Some,
    /// A sign of danger now.
    Urgent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScreeningResult {
    pub level: Level,
    /// Questions answered "yes".
    pub warning_signs: u32,
    pub indicators: Vec<String>,
    pub topics: Vec<String>,
    pub specialties: Vec<String>,
}

impl Questionnaire {
    /// Checks the definition; the reason names what is wrong.
    pub fn validate(&self) -> Result<(), String> {
        let mut seen = BTreeSet::new();
        for q in &self.questions {
            if !seen.insert(q.id.as_str()) {
                return Err(format!("question {} appears twice", q.id));
            }
            if !ILO_INDICATORS.contains(&q.indicator.as_str()) {
                return Err(format!("question {}: unknown indicator {}", q.id, q.indicator));
            }
            if let Some(t) = q.topics.iter().find(|t| !super::model::TOPICS.contains(&t.as_str())) {
                return Err(format!("question {}: unknown topic {t}", q.id));
            }
        }
        if self.questions.is_empty() {
            return Err("no questions".into());
        }
        Ok(())
    }

    /// Scores `answers` (question id → answer); unknown ids are ignored, skipped questions
    /// count for nothing.
    pub fn score(&self, answers: &BTreeMap<String, Answer>) -> ScreeningResult {
        let mut half_points = 0;
        let mut urgent = false;
        let mut warning_signs = 0;
        let (mut indicators, mut topics, mut specialties) = (BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
        for q in &self.questions {
            let weight = match answers.get(&q.id) {
                Some(Answer::Yes) => {
                    warning_signs += 1;
                    urgent |= q.urgent;
                    2 * q.weight
                }
                Some(Answer::NotSure) => q.weight,
                _ => continue,
            };
            half_points += weight;
            indicators.insert(q.indicator.clone());
            topics.extend(q.topics.iter().cloned());
            specialties.extend(q.specialties.iter().cloned());
        }
        let level = if urgent {
            Level::Urgent
        } else if half_points >= self.warning_score && half_points > 0 {
            Level::Some
        } else {
            Level::None
        };
        if level == Level::None {
            // Nothing to point at; the general helplines are shown instead.
            indicators.clear();
            topics.clear();
            specialties.clear();
        }
        ScreeningResult {
            level,
            warning_signs,
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
            message: format!("screening-q-{id}"),
            indicator: indicator.into(),
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
        // One "not sure" is half a point: below the threshold.
        assert_eq!(def.score(&answers(&[("wages", Answer::NotSure)])).level, Level::None);
        let r = def.score(&answers(&[("documents", Answer::Yes), ("wages", Answer::No)]));
        assert_eq!(r.level, Level::Some);
        assert_eq!(r.topics, ["documents"]);
        assert_eq!(r.indicators, ["retention-of-identity-documents"]);
        let r = def.score(&answers(&[("violence", Answer::Yes)]));
        assert_eq!(r.level, Level::Urgent);
        assert_eq!(r.warning_signs, 1);
    }

    #[test]
    fn bad_definitions_are_refused() {
        let mut def = questionnaire();
        def.questions[0].indicator = "bad-luck".into();
        assert!(def.validate().is_err());
        let mut def = questionnaire();
        def.questions[1].id = "documents".into();
        assert!(def.validate().is_err());
    }
}
