fn main() -> std::process::ExitCode {
    newsgraph::cli::run()
}
