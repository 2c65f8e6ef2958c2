//! The command line: the only module that prints. stdout carries data (query results,
//! exports, extracted facts); stderr carries progress, summaries and errors.
//!
//! Exit codes: 0 success; 1 failure (nothing or not everything could be done);
//! 2 usage error; 3 the build finished but some inputs could not be read;
//! 4 `export --focus` names no entity; 5 a program the command needs (Graphviz) is missing.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};

use crate::export::{self, ExportFormat};
use crate::pipeline::{self, BuildOptions};
use crate::query::{self, ResultFormat};
use crate::rdf::DEFAULT_BASE;
use crate::store::Store;

/// Build a knowledge graph of people, roles, organizations, places and meetings
/// from news articles, and query it with SPARQL.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, clap::Args)]
pub struct StoreArg {
    /// Store directory.
    #[arg(long, env = "NEWSGRAPH_STORE", default_value = "./newsgraph-store")]
    pub store: PathBuf,
}

/// Where entities are linked besides the bundled gazetteer.
#[derive(Debug, Clone, clap::Args)]
pub struct LinkArgs {
    /// An RDF dump to link against (.nt, .ttl, .nq, .trig, .rdf), e.g. a Wikidata or
    /// DBpedia extract with rdfs:label / skos:altLabel and rdf:type / wdt:P31. Repeatable.
    #[arg(long = "link-with", value_name = "FILE")]
    pub link_with: Vec<PathBuf>,
    /// A SPARQL 1.1 endpoint to link against; answers are cached in the store's
    /// link-cache/, and the build goes on without it if it is down.
    #[arg(long, value_name = "URL")]
    pub link_endpoint: Option<String>,
    /// Seconds to wait for each endpoint request.
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    pub link_timeout: f64,
}

/// How big an article may be (see `ingest::Limits`); over it a file is refused.
#[derive(Debug, Clone, clap::Args)]
pub struct LimitArgs {
    /// Refuse article files (and .jsonl records) larger than this many MiB.
    #[arg(long, default_value_t = crate::ingest::MAX_ARTICLE_BYTES / (1024 * 1024), value_name = "MIB")]
    pub max_article_mib: u64,
    /// Refuse articles with a text line longer than this many KiB (minified or
    /// encoded blobs, not news text).
    #[arg(long, default_value_t = crate::ingest::MAX_LINE_BYTES / 1024, value_name = "KIB")]
    pub max_line_kib: usize,
}

impl Default for LimitArgs {
    fn default() -> Self {
        let l = crate::ingest::Limits::default();
        LimitArgs {
            max_article_mib: l.max_article_bytes / (1024 * 1024),
            max_line_kib: l.max_line_bytes / 1024,
        }
    }
}

impl LimitArgs {
    fn limits(&self) -> crate::ingest::Limits {
        crate::ingest::Limits {
            max_article_bytes: self.max_article_mib.saturating_mul(1024 * 1024),
            max_line_bytes: self.max_line_kib.saturating_mul(1024),
        }
    }
}

impl LinkArgs {
    fn endpoint(&self) -> Option<(String, std::time::Duration)> {
        self.link_endpoint.clone().map(|u| {
            (
                u,
                std::time::Duration::from_secs_f64(self.link_timeout.clamp(0.1, 600.0)),
            )
        })
    }

    fn linker(&self, store: Option<&Path>) -> anyhow::Result<(crate::link::Linker, Vec<String>)> {
        Ok(crate::link::Linker::configured(
            &self.link_with,
            self.endpoint().as_ref(),
            store.map(|s| s.join("link-cache")),
        )?)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    Person,
    Organization,
    Place,
}

impl From<KindArg> for crate::extract::EntityKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Person => crate::extract::EntityKind::Person,
            KindArg::Organization => crate::extract::EntityKind::Organization,
            KindArg::Place => crate::extract::EntityKind::Place,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GazetteerFormat {
    Turtle,
    Ntriples,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build or update the graph from article files and folders (.txt, .md, .html, .jsonl).
    Build {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        store: StoreArg,
        /// Extraction threads (default: all cores).
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
        /// Namespace for minted IRIs.
        #[arg(long, default_value = DEFAULT_BASE)]
        base_iri: String,
        #[command(flatten)]
        link: LinkArgs,
        #[command(flatten)]
        limits: LimitArgs,
        /// Print the time each stage took (stderr).
        #[arg(long)]
        timings: bool,
    },
    /// Show how a name is linked to Wikidata / GeoNames: every candidate, its score and
    /// the reasons, and the decision.
    Link {
        /// The name to explain (an entity of the store, or any name).
        #[arg(long, value_name = "NAME")]
        explain: String,
        /// Only entities of this kind.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        #[command(flatten)]
        store: StoreArg,
        #[command(flatten)]
        link: LinkArgs,
        #[arg(long, value_enum, default_value = "table")]
        format: crate::eval::EvalFormat,
    },
    /// Write the bundled gazetteer (people, organizations, places with their Wikidata
    /// and GeoNames identifiers) as RDF, to query it or extend it for `--link-with`.
    Gazetteer {
        #[arg(long, value_enum, default_value = "turtle")]
        format: GazetteerFormat,
        /// Output file (default: stdout).
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// Build the graph from corpus/ and show who attended which talk, where and when.
    Demo {
        /// Folder of articles.
        #[arg(default_value = "corpus")]
        corpus: PathBuf,
        #[command(flatten)]
        store: StoreArg,
    },
    /// Run a SPARQL query (the union of all named graphs is the default graph).
    Query {
        /// The query text (or use -f).
        query: Option<String>,
        /// Read the query from a file.
        #[arg(short = 'f', long = "file", conflicts_with = "query")]
        file: Option<PathBuf>,
        #[command(flatten)]
        store: StoreArg,
        #[arg(long, value_enum, default_value = "table")]
        format: ResultFormat,
    },
    /// Export the whole graph, or draw it (dot, svg, png).
    Export {
        #[command(flatten)]
        store: StoreArg,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Output file (default: stdout).
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
        /// Drawings: only the neighbourhood of the entity with this name or other name
        /// (any case), or of the one entity whose name ends with these words (a surname).
        #[arg(long, value_name = "NAME")]
        focus: Option<String>,
        /// Drawings: hops from --focus to draw.
        #[arg(long, default_value_t = 1, requires = "focus", value_name = "N")]
        depth: usize,
        /// Drawings: only these kinds of node (comma-separated); --focus is always drawn.
        #[arg(long, value_enum, value_delimiter = ',', value_name = "KIND,…")]
        types: Vec<export::NodeKind>,
    },
    /// Send the graphs (one per article, and the resolved graph) to a SPARQL 1.1 store,
    /// replacing the graphs of the same names there.
    Push {
        #[command(flatten)]
        store: StoreArg,
        /// SPARQL 1.1 Update endpoint (e.g. Fuseki's /ds/update); used with --method update.
        #[arg(long, value_name = "URL", required_unless_present = "graph_store")]
        endpoint: Option<String>,
        /// Graph Store HTTP Protocol endpoint (e.g. Fuseki's /ds/data); when given, each
        /// graph is sent with `PUT ?graph=<iri>` unless --method update says otherwise.
        #[arg(long, value_name = "URL")]
        graph_store: Option<String>,
        /// gsp: one HTTP PUT per graph to --graph-store; update: DROP SILENT GRAPH and
        /// INSERT DATA to --endpoint, --batch graphs per request.
        /// Default: gsp when --graph-store is given, else update.
        #[arg(long, value_enum)]
        method: Option<crate::push::Method>,
        /// User name for the store (HTTP Basic or Digest, see --auth).
        #[arg(long)]
        user: Option<String>,
        /// Password for --user; better given in the environment variable, which the
        /// process list does not show.
        #[arg(long, env = "NEWSGRAPH_PUSH_PASSWORD", hide_env_values = true)]
        password: Option<String>,
        /// Authentication scheme with --user: auto answers whatever the store asks for.
        #[arg(long, value_enum, default_value = "auto")]
        auth: crate::push::AuthScheme,
        /// Graphs per SPARQL Update request.
        #[arg(long, default_value_t = 20, value_name = "GRAPHS")]
        batch: usize,
        /// Further attempts after a connection error, a timeout or an HTTP 5xx/429 answer
        /// (waiting 0.5 s, 1 s, 2 s, … between them).
        #[arg(long, default_value_t = 3, value_name = "N")]
        retries: u32,
        /// Seconds each request may take.
        #[arg(long, default_value_t = 60.0, value_name = "SECONDS")]
        timeout: f64,
    },
    /// Show what the extractor makes of one article (no store involved), or, with
    /// `--shard I/N`, extract a slice of a corpus for a later `merge`.
    ///
    /// A batch system runs `extract --shard I/N` for I = 1..N on any machines (each
    /// writes the facts of the files whose key hashes to its shard), then one `merge`
    /// resolves all of them together into a store.
    Extract {
        /// One article file; with --shard, files and folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "turtle")]
        format: ExtractFormat,
        /// Extract shard I of N of the corpus and write its facts (JSON lines).
        #[arg(long, value_name = "I/N")]
        shard: Option<crate::shard::Shard>,
        /// Where the shard's facts go (default: stdout).
        #[arg(short = 'o', long, requires = "shard")]
        output: Option<PathBuf>,
        /// Extraction threads for a shard (default: all cores).
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
    },
    /// Resolve the facts files of `extract --shard` together and write the graph into a
    /// store, as one `build` over the same files would.
    Merge {
        /// Facts files written by `extract --shard`.
        #[arg(required = true)]
        facts: Vec<PathBuf>,
        #[command(flatten)]
        store: StoreArg,
        /// Threads for resolution and writing (default: all cores).
        #[arg(long, short = 'j')]
        jobs: Option<usize>,
        /// Namespace for minted IRIs.
        #[arg(long, default_value = DEFAULT_BASE)]
        base_iri: String,
        #[command(flatten)]
        link: LinkArgs,
        /// Print the time each stage took (stderr).
        #[arg(long)]
        timings: bool,
    },
    /// Train the statistical entity tagger and write its model file.
    ///
    /// Train on training splits only (CoNLL04 train; MEANTIME corpus_airbus,
    /// corpus_apple, corpus_gm): conll04_test.json and corpus_stock are held out.
    Train {
        /// CoNLL04 JSON training split (conll04_train.json).
        #[arg(long)]
        conll04: Option<PathBuf>,
        /// MEANTIME corpus folder of *.xml files (repeat for several corpora).
        #[arg(long)]
        meantime: Vec<PathBuf>,
        /// Folder of the project's entity-complete training annotations (eval/train);
        /// the articles are read under --data-root.
        #[arg(long, requires = "data_root")]
        articles: Vec<PathBuf>,
        /// Folder the annotations' `path` fields are relative to.
        #[arg(long)]
        data_root: Option<PathBuf>,
        /// Passes over the training data.
        #[arg(long, default_value_t = DEFAULT_ITERATIONS)]
        iterations: usize,
        /// Held-out data (CoNLL04 JSON file or MEANTIME folder): reports P/R/F1 per type on
        /// stdout, dev F1 after every pass on stderr, and calibrates confidences.
        #[arg(long)]
        dev: Option<PathBuf>,
        /// Drop averaged weights smaller than this in magnitude (smaller file).
        #[arg(long, default_value_t = DEFAULT_PRUNE)]
        prune: f32,
        /// Model file to write.
        #[arg(short = 'o', long)]
        output: PathBuf,
    },
    /// Measure extraction quality against annotated text (CoNLL04, annotated articles).
    Eval {
        #[command(subcommand)]
        what: crate::eval::EvalCommand,
    },
    /// Serve the store as a SPARQL 1.1 Protocol endpoint (/sparql) with a page to query
    /// and explore the graph (/). Read-only unless --allow-update is given with a token.
    Serve {
        #[command(flatten)]
        store: StoreArg,
        #[command(flatten)]
        options: ServeArgs,
    },
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on; the default keeps the endpoint to this machine. Port 0
    /// picks a free port (the address is printed on stderr).
    #[arg(long, default_value = "127.0.0.1:7878")]
    pub bind: std::net::SocketAddr,
    /// Seconds a query or update may run before it is stopped (503).
    #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
    pub timeout: f64,
    /// Rows (SELECT) or triples (CONSTRUCT/DESCRIBE) one answer may hold (more: 422).
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    pub max_results: usize,
    /// Bytes a request body may hold (more: 413).
    #[arg(long, default_value_t = 1_048_576, value_name = "BYTES")]
    pub max_body: usize,
    /// Queries evaluated at once; more get 503 with Retry-After.
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub max_concurrent: usize,
    /// Accept SPARQL Update from clients that send the token as `Authorization: Bearer`;
    /// the token comes from --token-file or the NEWSGRAPH_TOKEN environment variable.
    #[arg(long)]
    pub allow_update: bool,
    /// File whose first line is the update token.
    #[arg(long, value_name = "FILE", requires = "allow_update")]
    pub token_file: Option<PathBuf>,
    /// Hosts SERVICE may call (e.g. query.wikidata.org); without it SERVICE is refused.
    #[arg(long, value_name = "HOST", num_args = 1..)]
    pub allow_service: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExtractFormat {
    Turtle,
    Json,
}

/// Entry point of the binary.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match dispatch(cli) {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`| head`) is not an error.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {e:#}");
            match e.downcast_ref::<crate::Error>() {
                Some(crate::Error::NoSuchEntity { .. }) => ExitCode::from(4),
                Some(crate::Error::MissingTool { .. }) => ExitCode::from(5),
                _ => ExitCode::from(1),
            }
        }
    }
}

fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Build {
            paths,
            store,
            jobs,
            base_iri,
            link,
            limits,
            timings,
        } => build(paths, &store.store, jobs, base_iri, &link, &limits, timings),
        Command::Link {
            explain,
            kind,
            store,
            link,
            format,
        } => explain_link(&explain, kind.map(Into::into), &store.store, &link, format),
        Command::Gazetteer { format, output } => {
            let triples = crate::rdf::gazetteer::triples();
            let fmt = match format {
                GazetteerFormat::Turtle => oxigraph::io::RdfFormat::Turtle,
                GazetteerFormat::Ntriples => oxigraph::io::RdfFormat::NTriples,
            };
            let write = |w: &mut dyn Write| -> anyhow::Result<()> {
                crate::rdf::gazetteer::write(&triples, fmt, w)?;
                Ok(())
            };
            match output {
                Some(path) => {
                    let f = std::fs::File::create(&path)
                        .with_context(|| format!("cannot create {}", path.display()))?;
                    let mut w = BufWriter::new(f);
                    write(&mut w)?;
                    w.flush()?;
                }
                None => {
                    let stdout = std::io::stdout();
                    let mut w = BufWriter::new(stdout.lock());
                    write(&mut w)?;
                    w.flush()?;
                }
            }
            eprintln!("{} triples", triples.len());
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo { corpus, store } => {
            let no_links = LinkArgs {
                link_with: Vec::new(),
                link_endpoint: None,
                link_timeout: 10.0,
            };
            let code = build(
                vec![corpus],
                &store.store,
                None,
                DEFAULT_BASE.to_string(),
                &no_links,
                &LimitArgs::default(),
                false,
            )?;
            let s = Store::open_read_only(&store.store)?;
            let q = include_str!("../ontology/queries/talks.rq");
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            query::run_query(s.db(), q, ResultFormat::Table, &mut out)?;
            out.flush()?;
            Ok(code)
        }
        Command::Query {
            query,
            file,
            store,
            format,
        } => {
            let text = match (query, file) {
                (Some(q), None) => q,
                (None, Some(f)) => std::fs::read_to_string(&f)
                    .with_context(|| format!("cannot read query file {}", f.display()))?,
                _ => bail!("give a query, or a file with -f"),
            };
            let s = Store::open_read_only(&store.store)?;
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            query::run_query(s.db(), &text, format, &mut out)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            store,
            format,
            output,
            focus,
            depth,
            types,
        } => {
            if !format.is_drawing() && (focus.is_some() || !types.is_empty()) {
                bail!(
                    "--focus, --depth and --types select what a drawing shows: use them with --format dot, svg or png"
                );
            }
            let drawing = export::DotOptions {
                focus,
                depth,
                types,
            };
            let s = Store::open_read_only(&store.store)?;
            match output {
                Some(path) => {
                    let f = std::fs::File::create(&path)
                        .with_context(|| format!("cannot create {}", path.display()))?;
                    let mut w = BufWriter::new(f);
                    export::export(s.db(), format, &drawing, &mut w)?;
                    w.flush()?;
                }
                None => {
                    let stdout = std::io::stdout();
                    let mut w = BufWriter::new(stdout.lock());
                    export::export(s.db(), format, &drawing, &mut w)?;
                    w.flush()?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Push {
            store,
            endpoint,
            graph_store,
            method,
            user,
            password,
            auth,
            batch,
            retries,
            timeout,
        } => {
            let (method, url) = match (method, graph_store, endpoint) {
                (None | Some(crate::push::Method::Gsp), Some(gsp), _) => {
                    (crate::push::Method::Gsp, gsp)
                }
                (None | Some(crate::push::Method::Update), _, Some(update)) => {
                    (crate::push::Method::Update, update)
                }
                (Some(crate::push::Method::Gsp), None, _) => {
                    bail!("--method gsp needs --graph-store URL")
                }
                _ => bail!("--method update needs --endpoint URL"),
            };
            let credentials = match (user, password) {
                (Some(user), Some(password)) => Some(crate::push::Credentials {
                    user,
                    password,
                    scheme: auth,
                }),
                (Some(_), None) => {
                    bail!("--user needs a password: --password or NEWSGRAPH_PUSH_PASSWORD")
                }
                (None, _) => None,
            };
            let options = crate::push::PushOptions {
                url: url.clone(),
                method,
                credentials,
                batch,
                retries,
                timeout: std::time::Duration::from_secs_f64(timeout.clamp(0.1, 3600.0)),
                progress: std::io::stderr().is_terminal(),
            };
            let s = Store::open_read_only(&store.store)?;
            let report = crate::push::push(s.db(), &options)?;
            for f in &report.failures {
                eprintln!("error: {f}");
            }
            eprintln!(
                "pushed {}/{} graphs ({} triples, {} bytes) to {url} by {} in {} request{} ({} retried), {:.2}s{}",
                report.graphs_sent,
                report.graphs,
                report.triples,
                report.bytes,
                match method {
                    crate::push::Method::Gsp => "Graph Store PUT",
                    crate::push::Method::Update => "SPARQL Update",
                },
                report.requests,
                if report.requests == 1 { "" } else { "s" },
                report.retries,
                report.elapsed.as_secs_f64(),
                if report.failures.is_empty() {
                    String::new()
                } else {
                    format!("; {} failed", report.failures.len())
                }
            );
            Ok(if report.failures.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Extract {
            paths,
            format,
            shard,
            output,
            jobs,
        } => match shard {
            Some(shard) => extract_shard(&paths, shard, output.as_deref(), jobs),
            None => match paths.as_slice() {
                [file] => extract_one(file, format),
                _ => bail!("give one article file, or --shard I/N to extract a corpus"),
            },
        },
        Command::Merge {
            facts,
            store,
            jobs,
            base_iri,
            link,
            timings,
        } => {
            let opts = BuildOptions {
                paths: facts,
                store: store.store.clone(),
                jobs,
                base_iri,
                progress: std::io::stderr().is_terminal(),
                link_with: link.link_with.clone(),
                link_endpoint: link.endpoint(),
                limits: crate::ingest::Limits::default(),
            };
            let report = pipeline::merge(&opts)?;
            Ok(print_build_report(&store.store, &report, timings, "merged"))
        }
        Command::Train {
            conll04,
            meantime,
            articles,
            data_root,
            iterations,
            dev,
            prune,
            output,
        } => train(
            TrainingData {
                conll04: conll04.as_deref(),
                meantime: &meantime,
                articles: &articles,
                data_root: data_root.as_deref(),
            },
            iterations,
            dev.as_deref(),
            prune,
            &output,
        ),
        Command::Serve { store, options } => serve(&store.store, options),
        Command::Eval { what } => {
            let stdout = std::io::stdout();
            let mut out = BufWriter::new(stdout.lock());
            let warnings = crate::eval::run(&what, &mut out)?;
            out.flush()?;
            for w in &warnings {
                eprintln!("warning: {w}");
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `newsgraph serve`: starts the endpoint, then logs one line per request until killed.
fn serve(store: &Path, args: ServeArgs) -> anyhow::Result<ExitCode> {
    use crate::serve::{Limits, ServeOptions, UpdateToken};
    let update_token = if args.allow_update {
        let token = match (&args.token_file, std::env::var("NEWSGRAPH_TOKEN")) {
            (Some(file), _) => UpdateToken::from_file(file)?,
            (None, Ok(secret)) => UpdateToken::new(&secret)?,
            (None, Err(_)) => {
                eprintln!(
                    "error: --allow-update needs a token: --token-file FILE or the NEWSGRAPH_TOKEN environment variable"
                );
                return Ok(ExitCode::from(2));
            }
        };
        Some(token)
    } else {
        None
    };
    if args.timeout.is_nan() || args.timeout <= 0.0 {
        eprintln!("error: --timeout must be a positive number of seconds");
        return Ok(ExitCode::from(2));
    }
    let read_only = update_token.is_none();
    let options = ServeOptions {
        bind: args.bind,
        limits: Limits {
            timeout: std::time::Duration::from_secs_f64(args.timeout.min(86_400.0)),
            max_results: args.max_results,
            max_body: args.max_body,
            max_concurrent: args.max_concurrent.max(1),
        },
        update_token,
        allowed_service_hosts: args.allow_service.clone(),
    };
    let running = crate::serve::start(store, options, |r| {
        eprintln!(
            "{} {} {} {} ms",
            r.method,
            r.path,
            r.status,
            r.elapsed.as_millis()
        );
    })?;
    if !args.bind.ip().is_loopback() {
        eprintln!(
            "warning: listening on {}, reachable from other machines",
            args.bind
        );
    }
    eprintln!(
        "serving {} at {} (SPARQL endpoint {}sparql; {}; SERVICE {})",
        store.display(),
        running.url,
        running.url,
        if read_only {
            "read-only"
        } else {
            "updates with the token"
        },
        if args.allow_service.is_empty() {
            "refused".to_string()
        } else {
            format!("to {}", args.allow_service.join(", "))
        }
    );
    running.join()?;
    Ok(ExitCode::SUCCESS)
}

fn build(
    paths: Vec<PathBuf>,
    store: &Path,
    jobs: Option<usize>,
    base_iri: String,
    link: &LinkArgs,
    limits: &LimitArgs,
    timings: bool,
) -> anyhow::Result<ExitCode> {
    let opts = BuildOptions {
        paths,
        store: store.to_path_buf(),
        jobs,
        base_iri,
        progress: std::io::stderr().is_terminal(),
        link_with: link.link_with.clone(),
        link_endpoint: link.endpoint(),
        limits: limits.limits(),
    };
    let report = pipeline::build(&opts)?;
    Ok(print_build_report(store, &report, timings, "built"))
}

/// The closing lines of `build` and `merge` (stderr), and the exit code: 3 when some
/// inputs failed.
fn print_build_report(
    store: &Path,
    report: &pipeline::BuildReport,
    timings: bool,
    verb: &str,
) -> ExitCode {
    for e in &report.errors {
        eprintln!("error: {e}");
    }
    if timings {
        let stages: Vec<String> = report
            .stages
            .iter()
            .map(|(name, d)| format!("{name} {:.2}s", d.as_secs_f64()))
            .collect();
        eprintln!("timings: {}", stages.join(", "));
    }
    for w in &report.warnings {
        eprintln!("warning: {w}");
    }
    eprintln!(
        "{verb} {}: {} documents ({} extracted, {} unchanged), {} people, {} organizations, {} places, {} events, {} roles, {} linked, {} triples, {} article graphs written, {:.2}s",
        store.display(),
        report.documents,
        report.extracted,
        report.reused,
        report.persons,
        report.organizations,
        report.places,
        report.events,
        report.memberships,
        report.linked,
        report.quads,
        report.articles_written,
        report.elapsed.as_secs_f64()
    );
    if report.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "{} input(s) could not be read; the others were stored",
            report.errors.len()
        );
        ExitCode::from(3)
    }
}

/// `extract --shard I/N`: the shard's facts to a file or stdout.
fn extract_shard(
    paths: &[PathBuf],
    shard: crate::shard::Shard,
    output: Option<&Path>,
    jobs: Option<usize>,
) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let progress = std::io::stderr().is_terminal();
    // A file is written whole to a temporary name first: a killed shard leaves no file
    // that a merge could take for complete.
    let (target, tmp): (Box<dyn Write>, _) = match output {
        Some(path) => {
            let tmp = path.with_extension("partial");
            let file = std::fs::File::create(&tmp)
                .with_context(|| format!("cannot create {}", tmp.display()))?;
            (Box::new(file), Some(tmp))
        }
        None => (Box::new(std::io::stdout().lock()), None),
    };
    let written_to = || match &tmp {
        Some(t) => format!("cannot write {}", t.display()),
        None => "cannot write standard output".to_string(),
    };
    let mut w = crate::shard::FactsWriter::new(BufWriter::new(target)).with_context(written_to)?;
    let (extracted, errors) =
        pipeline::extract_shard(paths, shard, jobs, progress, &mut |f| w.write(f))
            .with_context(written_to)?;
    w.finish().with_context(written_to)?;
    if let (Some(tmp), Some(path)) = (&tmp, output) {
        std::fs::rename(tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
    }
    for e in &errors {
        eprintln!("error: {e}");
    }
    eprintln!(
        "shard {}/{}: {} articles extracted, {:.2}s",
        shard.index,
        shard.count,
        extracted,
        started.elapsed().as_secs_f64()
    );
    if errors.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!(
            "{} input(s) could not be read; the others were extracted",
            errors.len()
        );
        Ok(ExitCode::from(3))
    }
}

fn explain_link(
    name: &str,
    kind: Option<crate::extract::EntityKind>,
    store_dir: &Path,
    link: &LinkArgs,
    format: crate::eval::EvalFormat,
) -> anyhow::Result<ExitCode> {
    // The store is optional: without one, the bare name is looked up.
    let store = if store_dir.join("manifest.json").exists() {
        Some(Store::open_read_only(store_dir)?)
    } else {
        None
    };
    let (linker, mut warnings) = link.linker(store.is_some().then_some(store_dir))?;
    let (explained, w) = crate::link::explain::explain(&linker, store.as_ref(), name, kind);
    warnings.extend(w);
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match format {
        crate::eval::EvalFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &explained)?;
            writeln!(out)?;
        }
        crate::eval::EvalFormat::Table => {
            for e in &explained {
                writeln!(
                    out,
                    "{} ({:?}){}",
                    e.name,
                    e.kind,
                    if e.in_store {
                        ""
                    } else {
                        " — not in the store: name only, no context"
                    }
                )?;
                if !e.roles.is_empty() {
                    writeln!(out, "  roles stated: {}", e.roles.join("; "))?;
                }
                if !e.countries.is_empty() {
                    let c: Vec<String> = e
                        .countries
                        .iter()
                        .map(|(c, n)| format!("{c} ({n})"))
                        .collect();
                    writeln!(out, "  countries named: {}", c.join(", "))?;
                }
                if !e.years.is_empty() {
                    let y: Vec<String> = e.years.iter().map(|y| y.to_string()).collect();
                    writeln!(out, "  published: {}", y.join(", "))?;
                }
                match (&e.decision.link, &e.decision.abstain) {
                    (Some(l), _) => {
                        let ids: Vec<String> = l.ids.iter().map(|i| i.short()).collect();
                        writeln!(
                            out,
                            "  linked: {} (confidence {:.2})",
                            ids.join(" "),
                            l.confidence
                        )?;
                    }
                    (None, Some(why)) => writeln!(out, "  not linked: {why}")?,
                    (None, None) => writeln!(out, "  not linked")?,
                }
                for c in &e.decision.candidates {
                    let ids: Vec<String> = c.candidate.ids.iter().map(|i| i.short()).collect();
                    writeln!(
                        out,
                        "  {:>5.2}  {}  {} [{}]",
                        c.score,
                        ids.join(" "),
                        c.candidate.label,
                        c.candidate.source
                    )?;
                    for r in &c.reasons {
                        writeln!(out, "           {r}")?;
                    }
                }
            }
        }
    }
    out.flush()?;
    Ok(if explained.is_empty() {
        // A listed company is known to the gazetteer but carries no identifier there.
        let known_company = crate::gazetteer::gazetteer()
            .organizations(name)
            .iter()
            .any(|o| o.is_listed_company() && o.qid.is_none());
        if known_company {
            eprintln!(
                "no candidate for {name:?}: a listed company of the bundled data, which gives it no identifier (link it with --link-with or --link-endpoint)"
            );
        } else {
            eprintln!("no candidate for {name:?}");
        }
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Passes over the training data, chosen on conll04_dev.json (data/model/README.md).
const DEFAULT_ITERATIONS: usize = 10;
/// Pruning threshold, chosen on conll04_dev.json: the file shrinks, dev F1 does not.
const DEFAULT_PRUNE: f32 = 0.1;

/// Held-out test data that must never be trained on.
fn is_held_out(path: &Path) -> bool {
    path.components().any(|c| {
        let c = c.as_os_str().to_string_lossy();
        c == "corpus_stock" || c.contains("conll04_test") || c == "heldout"
    })
}

/// Where `newsgraph train` reads its gold sentences.
struct TrainingData<'a> {
    conll04: Option<&'a Path>,
    meantime: &'a [PathBuf],
    articles: &'a [PathBuf],
    data_root: Option<&'a Path>,
}

fn train(
    data: TrainingData<'_>,
    iterations: usize,
    dev: Option<&Path>,
    prune: f32,
    output: &Path,
) -> anyhow::Result<ExitCode> {
    use crate::tagger;
    if data.conll04.is_none() && data.meantime.is_empty() && data.articles.is_empty() {
        bail!("give training data: --conll04 FILE, --meantime DIR and/or --articles DIR");
    }
    let inputs = data
        .conll04
        .into_iter()
        .chain(data.meantime.iter().map(PathBuf::as_path))
        .map(|p| (p, false))
        .chain(data.articles.iter().map(|p| (p.as_path(), true)));
    let mut sentences = Vec::new();
    for (path, is_articles) in inputs {
        if is_held_out(path) {
            bail!(
                "{} is held-out test data: train on training splits only",
                path.display()
            );
        }
        let read = match (is_articles, data.data_root) {
            (true, Some(root)) => tagger::read_annotated_articles(path, root)?,
            _ => tagger::read_gold(path)?,
        };
        let entities: usize = read.iter().map(|s| s.entities.len()).sum();
        eprintln!(
            "{}: {} sentences, {} entities",
            path.display(),
            read.len(),
            entities
        );
        sentences.extend(read);
    }
    let dev_sentences = match dev {
        Some(path) => Some(tagger::read_gold(path)?),
        None => None,
    };
    let mut model = tagger::train_with_progress(&sentences, iterations, |epoch| {
        let mut line = format!(
            "pass {}/{}: {:.2}% of {} training tokens mislabelled",
            epoch.iteration,
            iterations,
            100.0 * epoch.errors as f64 / epoch.tokens.max(1) as f64,
            epoch.tokens
        );
        if let Some(d) = &dev_sentences {
            let f1 = tagger::evaluate(&epoch.averaged(), d).micro().f1();
            line.push_str(&format!(", dev F1 {:.1}", 100.0 * f1.unwrap_or(0.0)));
        }
        eprintln!("{line}");
    });
    let features = model.feature_count();
    model = model.pruned(prune);
    eprintln!(
        "{} features, {} after pruning weights below {prune}",
        features,
        model.feature_count()
    );
    if let Some(d) = &dev_sentences {
        let t = tagger::calibrate(&mut model, d);
        eprintln!("confidence temperature {t:.3} (calibrated on the dev data)");
    }
    let bytes = model.to_bytes();
    std::fs::write(output, &bytes).with_context(|| format!("cannot write {}", output.display()))?;
    eprintln!("wrote {} ({} bytes)", output.display(), bytes.len());
    if let (Some(path), Some(d)) = (dev, &dev_sentences) {
        let ev = tagger::evaluate(&model, d);
        let stdout = std::io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        crate::eval::write_tagger_table(&mut out, path, &ev)?;
        out.flush()?;
    }
    Ok(ExitCode::SUCCESS)
}

fn extract_one(file: &Path, format: ExtractFormat) -> anyhow::Result<ExitCode> {
    let src = crate::ingest::Source {
        path: file.to_path_buf(),
        key: file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
    };
    let (docs, errs) = crate::ingest::read_source(&src);
    for e in &errs {
        eprintln!("error: {e}");
    }
    if docs.is_empty() {
        bail!("{}: no article could be read", file.display());
    }
    let facts: Vec<_> = docs.iter().map(crate::extract::extract).collect();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match format {
        ExtractFormat::Json => {
            #[derive(serde::Serialize)]
            struct View<'a> {
                key: &'a str,
                published: &'a Option<crate::extract::PublicationDate>,
                entities: &'a [crate::extract::Entity],
                roles: &'a [crate::extract::RoleFact],
                events: &'a [crate::extract::EventFact],
            }
            for f in &facts {
                let v = View {
                    key: &f.key,
                    published: &f.published,
                    entities: &f.entities,
                    roles: &f.roles,
                    events: &f.events,
                };
                serde_json::to_writer_pretty(&mut out, &v)?;
                writeln!(out)?;
            }
        }
        ExtractFormat::Turtle => {
            let resolved = crate::resolve::resolve(&facts);
            let (links, _) = crate::link::Linker::bundled().link_all(&facts, &resolved);
            let output =
                crate::rdf::to_rdf(&facts, &resolved, &links, &crate::rdf::Iris::default());
            let mut ser = oxigraph::io::RdfSerializer::from_format(oxigraph::io::RdfFormat::Turtle);
            for (p, iri) in query::PREFIXES {
                ser = ser.with_prefix(*p, *iri)?;
            }
            let mut w = ser.for_writer(&mut out);
            for q in output
                .resolved
                .values()
                .flatten()
                .chain(output.articles.iter().flat_map(|(_, q)| q))
            {
                w.serialize_triple(q.as_ref())?;
            }
            w.finish()?;
        }
    }
    out.flush()?;
    Ok(if errs.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
