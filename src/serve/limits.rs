//! What one query may cost: time, result size, request size, and how many run at once.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use oxigraph::sparql::CancellationToken;

/// The endpoint's limits (`--timeout`, `--max-results`, `--max-body`, `--max-concurrent`).
#[derive(Debug, Clone)]
pub struct Limits {
    /// Wall-clock time a query or update may run before it is cancelled.
    pub timeout: Duration,
    /// Rows (SELECT) or triples (CONSTRUCT, DESCRIBE) one answer may hold.
    pub max_results: usize,
    /// Bytes a request body may hold.
    pub max_body: usize,
    /// Queries and updates evaluated at the same time; more get 503.
    pub max_concurrent: usize,
}

/// Counts running operations; a slot is held for the whole evaluation, even one that
/// goes on after its client was answered 503.
pub(super) struct Gate {
    active: Arc<AtomicUsize>,
    max: usize,
}

pub(super) struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Gate {
    pub fn new(max: usize) -> Self {
        Gate {
            active: Arc::new(AtomicUsize::new(0)),
            max: max.max(1),
        }
    }

    /// A slot, or `None` when `max` operations are already running.
    pub fn enter(&self) -> Option<Slot> {
        self.active
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                (n < self.max).then_some(n + 1)
            })
            .ok()
            .map(|_| Slot(Arc::clone(&self.active)))
    }
}

/// Cancels the evaluation it is given to when the time limit passes. Oxigraph's
/// evaluator checks the token as it produces solutions, so a runaway join stops there
/// and the iterator returns `QueryEvaluationError::Cancelled`.
pub(super) struct Deadline {
    token: CancellationToken,
    // Dropping the sender wakes the timer thread, which then ends without cancelling.
    _done: mpsc::Sender<()>,
}

impl Deadline {
    pub fn start(timeout: Duration) -> Self {
        let token = CancellationToken::new();
        let (done, wait) = mpsc::channel::<()>();
        let on_timeout = token.clone();
        std::thread::spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) = wait.recv_timeout(timeout) {
                on_timeout.cancel();
            }
        });
        Deadline { token, _done: done }
    }

    pub fn token(&self) -> CancellationToken {
        self.token.clone()
    }

    pub fn passed(&self) -> bool {
        self.token.is_cancelled()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gate_admits_up_to_its_maximum_and_frees_slots() {
        let gate = Gate::new(2);
        let a = gate.enter();
        let b = gate.enter();
        assert!(a.is_some() && b.is_some());
        assert!(gate.enter().is_none());
        drop(a);
        assert!(gate.enter().is_some());
    }

    #[test]
    fn a_deadline_cancels_only_after_its_time() {
        let d = Deadline::start(Duration::from_millis(50));
        assert!(!d.passed());
        std::thread::sleep(Duration::from_millis(300));
        assert!(d.passed());
    }
}
