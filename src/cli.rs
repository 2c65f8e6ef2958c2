//! Command-line interface (stub, being written).
pub fn run() -> std::process::ExitCode {
    std::process::ExitCode::SUCCESS
}
