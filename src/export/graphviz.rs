//! Rendering DOT to SVG or PNG with Graphviz's `dot` program, when it is installed.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::{Error, Result};

/// How to install Graphviz, for the error shown when `dot` is missing.
const INSTALL_HINT: &str = "install Graphviz (Debian/Ubuntu: `apt-get install graphviz`, \
     Fedora: `dnf install graphviz`, macOS: `brew install graphviz`), \
     or export `--format dot` and render it elsewhere";

/// Run `dot -T<format>` on `dot_source` and write what it draws to `out`.
pub fn render(dot_source: &[u8], format: &str, out: &mut dyn Write) -> Result<()> {
    let mut child = Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::MissingTool {
                program: "Graphviz `dot`".into(),
                hint: INSTALL_HINT.into(),
            },
            _ => Error::Render(format!("cannot run `dot`: {e}")),
        })?;
    // Feed stdin from a thread: `dot` may fill its stdout pipe before reading all input.
    let mut stdin = child.stdin.take().expect("piped stdin");
    let source = dot_source.to_vec();
    let feeder = std::thread::spawn(move || stdin.write_all(&source));
    let output = child
        .wait_with_output()
        .map_err(|e| Error::Render(format!("`dot` failed: {e}")))?;
    let fed = feeder.join().expect("stdin thread");
    if !output.status.success() {
        return Err(Error::Render(format!(
            "`dot -T{format}` failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    fed.map_err(|e| Error::Render(format!("writing to `dot`: {e}")))?;
    out.write_all(&output.stdout).map_err(Error::Output)
}
