//! jekyll-avatar: `{% avatar USER size=N %}` prints a GitHub avatar `<img>`.
//!
//! As the gem (0.8): the markup is rendered as Liquid first; `user=VAR` names
//! a variable holding the user (its name when undefined), otherwise the first
//! word is the user (a leading `@` dropped); `size=N` (default 40) sets the
//! size, below 48 adds `avatar-small`; `lazy=true` moves the URLs to `data-src`
//! and `data-srcset`. Images come from `avatarsN.githubusercontent.com` (N from
//! the CRC-32 of the path) or from `PAGES_AVATARS_URL` when set.

use std::sync::{Arc, LazyLock};

use hyde_liquid::{Context, Value};
use regex::Regex;

use hyde::Plugin;
use hyde::Site;

/// The jekyll-avatar plugin.
pub(crate) struct Avatar;

impl Plugin for Avatar {
    fn name(&self) -> &str {
        "jekyll-avatar"
    }

    fn tags(&self, _site: &Site) -> Vec<Arc<dyn hyde_liquid::Tag>> {
        vec![Arc::new(AvatarTag {
            custom_host: std::env::var("PAGES_AVATARS_URL").unwrap_or_default(),
        })]
    }
}

static SIZE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bsize=(\d+)\b").unwrap_or_else(|_| unreachable!("a valid regex"))
});

static USER_VARIABLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\buser=([\w.]+)\b").unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// The `avatar` tag.
struct AvatarTag {
    /// `PAGES_AVATARS_URL`: the image host replacing GitHub's.
    custom_host: String,
}

/// What one `{% avatar %}` prints from.
struct Call<'a> {
    host: &'a str,
    user: String,
    size: String,
}

impl Call<'_> {
    fn path(&self, scale: u32) -> String {
        let size = if scale == 1 {
            self.size.clone()
        } else {
            // The gem's `size.to_i * scale`.
            let n: u64 = self.size.parse().unwrap_or(0);
            (n * u64::from(scale)).to_string()
        };
        format!("{}?v=3&s={size}", self.user)
    }

    fn url(&self, scale: u32) -> String {
        if self.host.is_empty() {
            let server = crc32(self.path(1).as_bytes()) % 4;
            format!(
                "https://avatars{server}.githubusercontent.com/{}",
                self.path(scale)
            )
        } else {
            join_url(self.host, &self.path(scale))
        }
    }

    fn srcset(&self) -> String {
        (1..=4)
            .map(|s| format!("{} {s}x", self.url(s)))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// `Addressable::URI.parse(host)` with a `/` added to its path, joined with the
/// relative reference `path` (RFC 3986): the base's query and fragment go.
fn join_url(host: &str, path: &str) -> String {
    let base = host.split(['?', '#']).next().unwrap_or(host);
    // The authority ends at the first `/` after `//`.
    let after_scheme = base.find("//").map_or(0, |i| i + 2);
    let (origin, base_path) = match base[after_scheme..].find('/') {
        Some(i) => base.split_at(after_scheme + i),
        None => (base, ""),
    };
    let mut dir = if base_path.ends_with('/') {
        base_path.to_owned()
    } else {
        format!("{base_path}/")
    };
    if path.starts_with('/') {
        dir.clear();
    }
    format!("{origin}{dir}{path}")
}

/// Ruby's `Zlib.crc32`.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Ruby's `to_s` of a looked-up user, as `"#{username}"` interpolates it.
fn user_string(value: &Value) -> String {
    value.to_s_method()
}

impl hyde_liquid::Tag for AvatarTag {
    fn name(&self) -> &str {
        "avatar"
    }

    fn render(&self, markup: &str, context: &Context<'_>) -> Result<String, String> {
        let original = markup.trim();
        let size = SIZE
            .captures(original)
            .and_then(|c| c.get(1))
            .map_or("40", |m| m.as_str())
            .to_owned();
        let text = context.render(original)?;
        let user = match USER_VARIABLE.captures(original).and_then(|c| c.get(1)) {
            Some(var) => {
                let value = context.get(var.as_str());
                if value.is_truthy() {
                    user_string(&value)
                } else {
                    var.as_str().to_owned()
                }
            }
            None => {
                let first = if text.contains(' ') {
                    text.split(' ').find(|w| !w.is_empty()).unwrap_or("")
                } else {
                    text.as_str()
                };
                first.strip_prefix('@').unwrap_or(first).to_owned()
            }
        };
        let call = Call {
            host: &self.custom_host,
            user,
            size,
        };
        let small: u64 = call.size.parse().unwrap_or(0);
        let class = if small < 48 {
            "avatar avatar-small"
        } else {
            "avatar"
        };
        let head = format!(
            "<img class=\"{class}\" alt=\"{user}\" width=\"{size}\" height=\"{size}\" data-proofer-ignore=\"true\"",
            user = call.user,
            size = call.size
        );
        Ok(if text.contains("lazy=true") {
            format!(
                "{head} src=\"\" data-src=\"{}\" data-srcset=\"{}\" />",
                call.url(1),
                call.srcset()
            )
        } else {
            format!(
                "{head} src=\"{}\" srcset=\"{}\" />",
                call.url(1),
                call.srcset()
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_is_zlibs() {
        assert_eq!(crc32(b"hubot?v=3&s=40"), 1_738_920_975);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn custom_hosts_join_as_uris() {
        assert_eq!(
            join_url("http://x.test", "u?v=3&s=40"),
            "http://x.test/u?v=3&s=40"
        );
        assert_eq!(
            join_url("http://x.test/av?q=1", "u?v=3&s=40"),
            "http://x.test/av/u?v=3&s=40"
        );
    }
}
