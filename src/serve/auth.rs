//! The update token: kept only as a BLAKE3 digest, compared in constant time, never
//! printed (its `Debug` shows nothing of it).

use std::path::Path;

use crate::{Error, Result};

/// The secret a client must send as `Authorization: Bearer <token>` to update the store.
pub struct UpdateToken {
    digest: [u8; 32],
}

impl std::fmt::Debug for UpdateToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("UpdateToken(<hidden>)")
    }
}

impl UpdateToken {
    /// A token from its text (surrounding whitespace, such as a file's final newline,
    /// is not part of it). An empty token is refused.
    pub fn new(secret: &str) -> Result<Self> {
        let secret = secret.trim();
        if secret.is_empty() {
            return Err(Error::Serve("the update token is empty".into()));
        }
        Ok(UpdateToken {
            digest: *blake3::hash(secret.as_bytes()).as_bytes(),
        })
    }

    /// A token read from a file (its first line).
    pub fn from_file(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Self::new(text.lines().next().unwrap_or(""))
    }

    /// Whether an `Authorization` header value carries this token. Both sides are hashed
    /// first, so the comparison takes the same time whatever the length or content sent.
    pub fn accepts(&self, authorization: Option<&[u8]>) -> bool {
        let Some(value) = authorization else {
            return false;
        };
        let Some(secret) = bearer(value) else {
            return false;
        };
        let given = blake3::hash(secret);
        constant_time_eq::constant_time_eq_32(given.as_bytes(), &self.digest)
    }
}

/// The credentials of a `Bearer` authorization (the scheme name is case-insensitive).
fn bearer(value: &[u8]) -> Option<&[u8]> {
    let value = value.trim_ascii();
    let (scheme, rest) = value.split_at_checked(6)?;
    scheme
        .eq_ignore_ascii_case(b"bearer")
        .then(|| rest.trim_ascii())
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_exact_bearer_token_is_accepted() {
        let t = UpdateToken::new("s3cret\n").unwrap();
        assert!(t.accepts(Some(b"Bearer s3cret")));
        assert!(t.accepts(Some(b"bearer  s3cret ")));
        assert!(!t.accepts(Some(b"Bearer s3cre")));
        assert!(!t.accepts(Some(b"Basic s3cret")));
        assert!(!t.accepts(Some(b"Bearer")));
        assert!(!t.accepts(None));
        assert!(!format!("{t:?}").contains("s3cret"));
        assert!(UpdateToken::new("  ").is_err());
    }
}
