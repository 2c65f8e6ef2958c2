//! Extraction quality, measured: scorers that run the real extractor (and resolver) on
//! annotated text and report precision, recall and F1.
//!
//! - [`conll04`]: the CoNLL04 entity and relation corpus (JSON token format), scored on
//!   exact entity spans per type and on `Work_For` pairs.
//! - [`articles`]: the project's own stand-off annotations of whole articles
//!   (`eval/README.md` documents the format), scored by name after resolution.
//! - [`tempeval`]: the date normalizer on TimeML files, scored as TempEval-3 task A
//!   (relaxed and strict spans, type and value).
//!
//! Nothing here prints: reports are returned and written to a caller's writer.

pub mod articles;
pub mod conll04;
pub mod elevant;
pub mod tempeval;

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use serde::Serialize;

/// How a report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EvalFormat {
    Table,
    Json,
}

/// `newsgraph eval …`
#[derive(Debug, clap::Subcommand)]
pub enum EvalCommand {
    /// Score entities (exact spans) and Work_For pairs on a CoNLL04 JSON file.
    Conll04 {
        /// A CoNLL04 split, e.g. conll04_dev.json.
        path: PathBuf,
        #[arg(long, value_enum, default_value = "table")]
        format: EvalFormat,
    },
    /// Score entities, roles and events against annotated articles (eval/README.md).
    Articles {
        /// Folder of annotation files (*.json, searched recursively).
        annotations: PathBuf,
        /// Folder the annotations' `path` fields are relative to.
        #[arg(long)]
        data_root: PathBuf,
        #[arg(long, value_enum, default_value = "table")]
        format: EvalFormat,
    },
    /// Score the statistical tagger alone (exact spans per type) and time it.
    Tagger {
        /// A CoNLL04 JSON file or a MEANTIME corpus folder.
        path: PathBuf,
        /// Model file (default: the shipped data/model/ner.model).
        #[arg(long)]
        model: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "table")]
        format: EvalFormat,
    },
    /// Score entity linking on an ELEVANT benchmark file (JSON lines with Wikidata QIDs).
    Elevant {
        /// e.g. news-fair-v2.benchmark.jsonl
        path: PathBuf,
        #[arg(long, value_enum, default_value = "table")]
        format: EvalFormat,
    },
    /// Score the date normalizer on TimeML files as TempEval-3 task A (eval/README.md).
    Tempeval {
        /// Folder of TimeML files (*.tml, searched recursively).
        dir: PathBuf,
        #[arg(long, value_enum, default_value = "table")]
        format: EvalFormat,
    },
}

/// Runs an evaluation, writes its report to `out` and returns warnings for stderr.
pub fn run(cmd: &EvalCommand, out: &mut dyn Write) -> anyhow::Result<Vec<String>> {
    match cmd {
        EvalCommand::Conll04 { path, format } => {
            let sentences = conll04::load(path)?;
            let report = conll04::score(&sentences);
            match format {
                EvalFormat::Table => {
                    writeln!(
                        out,
                        "CoNLL04 {}: {} sentences",
                        path.display(),
                        report.sentences
                    )?;
                    write_table(out, &report.rows())?;
                }
                EvalFormat::Json => {
                    let view = serde_json::json!({
                        "file": path.display().to_string(),
                        "sentences": report.sentences,
                        "rows": report.rows(),
                        "errors": report.errors,
                    });
                    serde_json::to_writer_pretty(&mut *out, &view)?;
                    writeln!(out)?;
                }
            }
            Ok(report.warnings)
        }
        EvalCommand::Articles {
            annotations,
            data_root,
            format,
        } => {
            let anns = articles::load_dir(annotations)?;
            let report = articles::score(&anns, data_root)?;
            match format {
                EvalFormat::Table => report.write_table(out)?,
                EvalFormat::Json => {
                    serde_json::to_writer_pretty(&mut *out, &report)?;
                    writeln!(out)?;
                }
            }
            Ok(report.warnings.clone())
        }
        EvalCommand::Tagger {
            path,
            model,
            format,
        } => {
            let sentences = crate::tagger::read_gold(path)?;
            let loaded;
            let tagger = match model {
                Some(m) => {
                    let bytes =
                        std::fs::read(m).with_context(|| format!("cannot read {}", m.display()))?;
                    loaded = crate::tagger::Tagger::from_bytes(&bytes)
                        .with_context(|| m.display().to_string())?;
                    &loaded
                }
                None => crate::tagger::Tagger::default_model(),
            };
            // Load the gazetteer before the clock starts: the timing is of tagging.
            let _ = crate::gazetteer::gazetteer();
            let ev = crate::tagger::evaluate(tagger, &sentences);
            let secs = ev.tagging_time.as_secs_f64();
            let speed = if secs > 0.0 {
                ev.tokens as f64 / secs
            } else {
                0.0
            };
            match format {
                EvalFormat::Table => {
                    write_tagger_table(out, path, &ev)?;
                    writeln!(out, "tagging: {:.3} s, {:.0} tokens/s", secs, speed)?;
                }
                EvalFormat::Json => {
                    let view = serde_json::json!({
                        "path": path.display().to_string(),
                        "sentences": ev.sentences,
                        "tokens": ev.tokens,
                        "rows": ev.rows(),
                        "tagging_seconds": secs,
                        "tokens_per_second": speed,
                    });
                    serde_json::to_writer_pretty(&mut *out, &view)?;
                    writeln!(out)?;
                }
            }
            Ok(Vec::new())
        }
        EvalCommand::Elevant { path, format } => {
            let report = elevant::score(path)?;
            match format {
                EvalFormat::Table => {
                    writeln!(
                        out,
                        "ELEVANT {}: {} articles",
                        path.display(),
                        report.articles
                    )?;
                    let restricted = Counts::new(
                        report.named_in_bundled_data.tp,
                        report.named.predicted,
                        report.named_in_bundled_data.gold,
                    );
                    write_table(
                        out,
                        &[
                            Row::new("named entities", report.named),
                            Row::new("  in bundled data", restricted),
                        ],
                    )?;
                    // (The published peers are for News-Fair v2 only.)
                    let file = path.file_name().map(|f| f.to_string_lossy().to_lowercase());
                    if file.is_some_and(|f| f.starts_with("news-fair")) {
                        writeln!(
                            out,
                            "published on News-Fair v2: ReFinED P 82.6 / F1 78.6; prior-only baseline F1 57.8"
                        )?;
                    }
                    for e in &report.errors {
                        writeln!(out, "  wrong {e}")?;
                    }
                }
                EvalFormat::Json => {
                    serde_json::to_writer_pretty(&mut *out, &report)?;
                    writeln!(out)?;
                }
            }
            Ok(report.warnings)
        }
        EvalCommand::Tempeval { dir, format } => {
            let report = tempeval::score_dir(dir)?;
            match format {
                EvalFormat::Table => report.write_table(out, dir)?,
                EvalFormat::Json => {
                    let view = serde_json::json!({
                        "dir": dir.display().to_string(),
                        "rows": report.rows(),
                        "report": &report,
                    });
                    serde_json::to_writer_pretty(&mut *out, &view)?;
                    writeln!(out)?;
                }
            }
            Ok(report.warnings.clone())
        }
    }
}

/// True positives, predictions and gold items of one category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn new(tp: usize, predicted: usize, gold: usize) -> Self {
        debug_assert!(tp <= predicted && tp <= gold);
        Counts {
            tp,
            predicted,
            gold,
        }
    }
    /// tp / predicted; `None` when nothing was predicted.
    pub fn precision(&self) -> Option<f64> {
        (self.predicted > 0).then(|| self.tp as f64 / self.predicted as f64)
    }
    /// tp / gold; `None` when there is nothing to find.
    pub fn recall(&self) -> Option<f64> {
        (self.gold > 0).then(|| self.tp as f64 / self.gold as f64)
    }
    /// Harmonic mean of precision and recall: 0 when nothing matched but something was
    /// predicted or expected; `None` when both sides are empty.
    pub fn f1(&self) -> Option<f64> {
        if self.predicted + self.gold == 0 {
            return None;
        }
        if self.tp == 0 {
            return Some(0.0);
        }
        Some(2.0 * self.tp as f64 / (self.predicted + self.gold) as f64)
    }
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }
}

/// One table row, also serialized as JSON.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub category: String,
    #[serde(flatten)]
    pub counts: Counts,
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    pub f1: Option<f64>,
}

impl Row {
    pub fn new(category: impl Into<String>, counts: Counts) -> Self {
        Row {
            category: category.into(),
            counts,
            precision: counts.precision(),
            recall: counts.recall(),
            f1: counts.f1(),
        }
    }
}

/// Sums counts.
pub fn micro(counts: impl IntoIterator<Item = Counts>) -> Counts {
    let mut total = Counts::default();
    for c in counts {
        total.add(c);
    }
    total
}

fn pct(v: Option<f64>) -> String {
    v.map(|x| format!("{:.1}", 100.0 * x))
        .unwrap_or_else(|| "-".into())
}

/// A fixed-width table: category, gold, predicted, tp, P, R, F1 (percent).
/// The tagger's scores on one gold file or folder, as a table.
pub fn write_tagger_table(
    out: &mut dyn Write,
    path: &std::path::Path,
    ev: &crate::tagger::Evaluation,
) -> std::io::Result<()> {
    writeln!(
        out,
        "tagger on {}: {} sentences, {} tokens (exact spans)",
        path.display(),
        ev.sentences,
        ev.tokens
    )?;
    write_table(out, &ev.rows())
}

pub fn write_table(out: &mut dyn Write, rows: &[Row]) -> std::io::Result<()> {
    let w = rows
        .iter()
        .map(|r| r.category.len())
        .max()
        .unwrap_or(0)
        .max(8);
    writeln!(
        out,
        "{:<w$} | {:>6} | {:>6} | {:>6} | {:>6} | {:>6} | {:>6}",
        "category", "gold", "pred", "tp", "P%", "R%", "F1%"
    )?;
    writeln!(out, "{}", "-".repeat(w + 6 * 9))?;
    for r in rows {
        writeln!(
            out,
            "{:<w$} | {:>6} | {:>6} | {:>6} | {:>6} | {:>6} | {:>6}",
            r.category,
            r.counts.gold,
            r.counts.predicted,
            r.counts.tp,
            pct(r.precision),
            pct(r.recall),
            pct(r.f1)
        )?;
    }
    Ok(())
}

/// Greedy one-to-one matching: how many golds find a distinct prediction `matches` accepts.
pub fn match_count<G, P>(gold: &[G], predicted: &[P], matches: impl Fn(&G, &P) -> bool) -> usize {
    let mut used = vec![false; predicted.len()];
    let mut tp = 0;
    for g in gold {
        if let Some(i) = (0..predicted.len()).find(|&i| !used[i] && matches(g, &predicted[i])) {
            used[i] = true;
            tp += 1;
        }
    }
    tp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_arithmetic() {
        let c = Counts::new(2, 4, 8);
        assert_eq!(c.precision(), Some(0.5));
        assert_eq!(c.recall(), Some(0.25));
        assert!((c.f1().unwrap() - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(Counts::default().f1(), None);
        assert_eq!(Counts::new(0, 0, 3).f1(), Some(0.0));
        assert_eq!(Counts::new(0, 0, 3).precision(), None);
    }

    #[test]
    fn one_to_one_matching() {
        // Two golds equal to "a" but only one prediction "a": one match.
        assert_eq!(match_count(&["a", "a"], &["a", "b"], |g, p| g == p), 1);
        assert_eq!(match_count(&["a", "b"], &["b", "a"], |g, p| g == p), 2);
    }
}
