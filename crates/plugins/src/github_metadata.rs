//! jekyll-github-metadata, as it behaves without network access: `site.github`
//! from what needs no API call, the `title`/`description` (and in production
//! `url`/`baseurl`) fallbacks, and `{% github_edit_link %}`.
//!
//! The repository (`owner/name`) comes from `PAGES_REPO_NWO`, else the
//! `repository` setting, else (in development and test) the `origin` remote of
//! the git repository of the working folder. Every API answer is missing, as
//! the gem's client returns `false` offline: `contributors`, `releases` and
//! `latest_release` are `false`, the repository's details (`language`,
//! `license`, `issues_url`…) nil, its pages URL the one the gem computes.
//! `build_revision` is `JEKYLL_BUILD_REVISION`, else `git rev-parse HEAD`.

use std::sync::{Arc, LazyLock};

use hyde_liquid::{Context, Hash, Value};
use regex::Regex;

use hyde::Plugin;
use hyde::Result;
use hyde::Site;

/// The jekyll-github-metadata plugin.
pub(crate) struct GithubMetadata;

/// An environment variable, when set and not empty.
fn env(key: &str) -> Option<String> {
    std::env::var(key).ok().filter(|v| !v.is_empty())
}

/// The gem's `Pages`: settings from the environment.
struct Pages {
    env: String,
}

impl Pages {
    /// `PAGES_ENV`, else `JEKYLL_ENV`, else development.
    fn new() -> Pages {
        let env = env("PAGES_ENV")
            .or_else(|| std::env::var("JEKYLL_ENV").ok())
            .unwrap_or_else(|| "development".to_owned());
        Pages { env }
    }

    fn var(key: &str, fallback: Option<String>, default: &str) -> String {
        env(key).or(fallback).unwrap_or_else(|| default.to_owned())
    }

    fn trim_slash(s: String) -> String {
        match s.strip_suffix('/') {
            Some(t) => t.to_owned(),
            None => s,
        }
    }

    fn ssl(&self) -> bool {
        Self::var("SSL", None, "false") == "true" || self.env == "test"
    }

    fn scheme(&self) -> &'static str {
        if self.ssl() { "https" } else { "http" }
    }

    fn subdomain_isolation(&self) -> bool {
        Self::var("SUBDOMAIN_ISOLATION", None, "false") == "true"
    }

    fn dotcom(&self) -> bool {
        self.env == "dotcom"
    }

    fn enterprise(&self) -> bool {
        self.env == "enterprise"
    }

    fn custom_domains_enabled(&self) -> bool {
        self.dotcom() || self.env == "test"
    }

    fn github_hostname(&self) -> String {
        Self::trim_slash(Self::var(
            "PAGES_GITHUB_HOSTNAME",
            std::env::var("GITHUB_HOSTNAME").ok(),
            "github.com",
        ))
    }

    fn github_url(&self) -> String {
        let host = self.github_hostname();
        if self.dotcom() || host == "github.com" {
            "https://github.com".to_owned()
        } else {
            format!("{}://{host}", self.scheme())
        }
    }

    fn api_url(&self) -> String {
        Self::trim_slash(Self::var(
            "PAGES_API_URL",
            std::env::var("API_URL").ok(),
            "https://api.github.com",
        ))
    }

    fn help_url(&self) -> String {
        Self::trim_slash(Self::var(
            "PAGES_HELP_URL",
            std::env::var("HELP_URL").ok(),
            "https://help.github.com",
        ))
    }

    fn pages_hostname(&self) -> String {
        let fallback = std::env::var("PAGES_HOSTNAME")
            .ok()
            .or_else(|| (self.env == "development").then(|| "localhost:4000".to_owned()));
        Self::trim_slash(Self::var("PAGES_PAGES_HOSTNAME", fallback, "github.io"))
    }

    fn page_build(&self) -> bool {
        env("PAGE_BUILD_ID").is_some()
    }
}

/// The gem's `Repository` with every API answer missing.
struct Repository<'a> {
    pages: &'a Pages,
    nwo: String,
    owner: String,
    name: String,
}

impl Repository<'_> {
    fn default_user_domain(&self) -> String {
        if !self.pages.enterprise() && self.owner == "github" {
            format!("{}.{}", self.owner, self.pages.github_hostname()).to_lowercase()
        } else if self.pages.enterprise() {
            self.pages.pages_hostname().to_lowercase()
        } else {
            format!("{}.{}", self.owner, self.pages.pages_hostname()).to_lowercase()
        }
    }

    fn user_page(&self) -> bool {
        let name = self.name.to_lowercase();
        if self.pages.enterprise() {
            name == format!(
                "{}.{}",
                self.owner.to_lowercase(),
                self.pages.github_hostname()
            )
        } else {
            name == self.default_user_domain()
                || name == format!("{}.github.com", self.owner).to_lowercase()
        }
    }

    fn domain(&self) -> String {
        if self.pages.custom_domains_enabled() {
            // A user page's domain, or (no repository can be looked up) the
            // default user domain for a project page.
            self.default_user_domain()
        } else {
            self.pages.github_hostname()
        }
    }

    fn url_scheme(&self) -> &'static str {
        if self.pages.enterprise() {
            self.pages.scheme()
        } else if self.owner == "github" && self.domain().ends_with(".github.com") {
            "https"
        } else {
            "http"
        }
    }

    /// `RepositoryCompat#pages_url`, without a trailing `/`.
    fn html_url(&self) -> String {
        let url = if !self.pages.custom_domains_enabled() {
            let path = if self.user_page() {
                &self.owner
            } else {
                &self.nwo
            };
            if self.pages.subdomain_isolation() {
                format!(
                    "{}://{}/{path}",
                    self.pages.scheme(),
                    self.pages.pages_hostname()
                )
            } else {
                format!("{}/pages/{path}", self.pages.github_url())
            }
        } else if self.user_page() {
            format!("{}://{}", self.url_scheme(), self.domain())
        } else {
            format!("{}://{}/{}", self.url_scheme(), self.domain(), self.name)
        };
        url.strip_suffix('/').map(str::to_owned).unwrap_or(url)
    }

    /// The URL's origin and path.
    fn split_url(&self) -> (String, String) {
        let url = self.html_url();
        let start = url.find("//").map_or(0, |i| i + 2);
        match url[start..].find('/') {
            Some(i) => (url[..start + i].to_owned(), url[start + i..].to_owned()),
            None => (url, String::new()),
        }
    }

    fn owner_url(&self) -> String {
        format!("{}/{}", self.pages.github_url(), self.owner)
    }

    fn repository_url(&self) -> String {
        format!("{}/{}", self.owner_url(), self.name)
    }

    fn branch(&self) -> &'static str {
        if self.user_page() {
            "master"
        } else {
            "gh-pages"
        }
    }
}

static REMOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\Aorigin\t(.*) \([a-z]+\)").unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// Runs `git ARGS` in the working folder, as the gem does; its standard output.
fn git(args: &[&str]) -> String {
    std::process::Command::new("git")
        .args(args)
        .stderr(std::process::Stdio::null())
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

/// `owner/name` from the `origin` remote's URL on the GitHub host.
fn nwo_from_git(pages: &Pages) -> Option<String> {
    let remotes = git(&["remote", "--verbose"]);
    let url = remotes
        .trim()
        .split('\n')
        .filter(|l| l.starts_with("origin\t"))
        .map(|l| REMOTE.replace(l, "$1").into_owned())
        .next()
        .unwrap_or_default();
    let url = url.strip_suffix(".git").unwrap_or(&url);
    let pattern = format!(
        r"{}(:|/)([\w-]+)/([\w\.-]+)",
        regex::escape(&pages.github_hostname())
    );
    let re = Regex::new(&pattern).ok()?;
    let caps = re.captures(url)?;
    Some(format!(
        "{}/{}",
        caps.get(2)?.as_str(),
        caps.get(3)?.as_str()
    ))
}

/// The repository's `owner/name`, as the gem's `RepositoryFinder` finds it.
fn find_nwo(site: &Site, pages: &Pages) -> Option<String> {
    if let Ok(nwo) = std::env::var("PAGES_REPO_NWO") {
        return Some(nwo);
    }
    if let Some(Value::Str(repo)) = site.config.get("repository")
        && repo.contains('/')
    {
        return Some(repo.to_string());
    }
    if site.environment == "development" || site.environment == "test" {
        return nwo_from_git(pages);
    }
    None
}

fn s(text: impl Into<String>) -> Value {
    Value::str(text.into())
}

/// The owner's metadata: every field of the gem's `Owner`, nil offline.
fn owner_hash() -> Value {
    let mut h = Hash::new();
    for key in [
        "avatar_url",
        "bio",
        "blog",
        "collaborators",
        "company",
        "created_at",
        "description",
        "email",
        "followers",
        "following",
        "has_organization_projects",
        "has_repository_projects",
        "hireable",
        "html_url",
        "id",
        "is_verified",
        "location",
        "login",
        "name",
        "node_id",
        "public_gists",
        "public_repos",
        "type",
        "updated_at",
    ] {
        h.insert(key.into(), Value::Nil);
    }
    Value::hash(h)
}

/// `JEKYLL_BUILD_REVISION`, else `git rev-parse HEAD` in the working folder.
fn build_revision() -> String {
    std::env::var("JEKYLL_BUILD_REVISION")
        .ok()
        .unwrap_or_else(|| git(&["rev-parse", "HEAD"]).trim().to_owned())
}

/// `site.github`: the gem's `MetadataDrop` offline, keys sorted.
fn metadata(pages: &Pages, repo: &Repository<'_>) -> Hash {
    let revision = build_revision();
    let repository_url = repo.repository_url();
    let (_, baseurl) = repo.split_url();
    let mut source = Hash::new();
    source.insert("branch".into(), s(repo.branch()));
    source.insert("path".into(), s("/"));
    let user_page = repo.user_page();
    let mut h = Hash::new();
    h.insert("api_url".into(), s(pages.api_url()));
    h.insert("archived".into(), Value::Nil);
    h.insert("baseurl".into(), s(baseurl));
    h.insert("build_revision".into(), s(revision));
    h.insert("clone_url".into(), s(format!("{repository_url}.git")));
    h.insert("contributors".into(), Value::Bool(false));
    h.insert("disabled".into(), Value::Nil);
    h.insert("environment".into(), s(pages.env.clone()));
    h.insert("help_url".into(), s(pages.help_url()));
    h.insert("hostname".into(), s(pages.github_hostname()));
    h.insert("is_project_page".into(), Value::Bool(!user_page));
    h.insert("is_user_page".into(), Value::Bool(user_page));
    h.insert("issues_url".into(), Value::Nil);
    h.insert("language".into(), Value::Nil);
    h.insert("latest_release".into(), Value::Bool(false));
    h.insert("license".into(), Value::Nil);
    h.insert("organization_members".into(), Value::Nil);
    h.insert("owner".into(), owner_hash());
    h.insert("owner_display_name".into(), Value::Nil);
    h.insert(
        "owner_gravatar_url".into(),
        s(format!("{}.png", repo.owner_url())),
    );
    h.insert("owner_name".into(), s(repo.owner.clone()));
    h.insert("owner_url".into(), s(repo.owner_url()));
    h.insert("pages_env".into(), s(pages.env.clone()));
    h.insert("pages_hostname".into(), s(pages.pages_hostname()));
    h.insert("private".into(), Value::Nil);
    h.insert("project_tagline".into(), Value::Nil);
    h.insert("project_title".into(), s(repo.name.clone()));
    h.insert("public_repositories".into(), Value::Nil);
    h.insert("releases".into(), Value::Bool(false));
    h.insert(
        "releases_url".into(),
        s(format!("{repository_url}/releases")),
    );
    h.insert("repository_name".into(), s(repo.name.clone()));
    h.insert("repository_nwo".into(), s(repo.nwo.clone()));
    h.insert("repository_url".into(), s(repository_url.clone()));
    h.insert("show_downloads".into(), Value::Nil);
    h.insert("source".into(), Value::hash(source));
    h.insert(
        "tar_url".into(),
        s(format!("{repository_url}/tarball/{}", repo.branch())),
    );
    h.insert("url".into(), s(repo.html_url()));
    h.insert("versions".into(), Value::hash(Hash::new()));
    h.insert("wiki_url".into(), Value::Nil);
    h.insert(
        "zip_url".into(),
        s(format!("{repository_url}/zipball/{}", repo.branch())),
    );
    h
}

/// Jekyll's `Utils.deep_merge_hashes`: `over`'s keys over `base`'s, hashes merged.
fn deep_merge(base: &mut Hash, over: &Hash) {
    for (k, v) in over {
        match (base.get_mut(k.as_str()), v) {
            (Some(Value::Hash(b)), Value::Hash(o)) => deep_merge(Arc::make_mut(b), o),
            _ => {
                base.insert(k.clone(), v.clone());
            }
        }
    }
}

impl Plugin for GithubMetadata {
    fn name(&self) -> &str {
        "jekyll-github-metadata"
    }

    fn priority(&self) -> i32 {
        // The gem works at `after_init`, before any generator.
        1000
    }

    fn generate(&self, site: &mut Site) -> Result<()> {
        let pages = Pages::new();
        let nwo = find_nwo(site, &pages);
        let repo = nwo.map(|nwo| {
            let owner = nwo.split('/').next().unwrap_or("").to_owned();
            let name = nwo.rsplit('/').next().unwrap_or("").to_owned();
            Repository {
                pages: &pages,
                nwo,
                owner,
                name,
            }
        });
        let config = &mut site.config.hash;
        // Title and description fallbacks.
        let has_title = config.get("title").is_some_and(Value::is_truthy);
        let has_name = config.get("name").is_some_and(Value::is_truthy);
        if has_name && !has_title {
            site.warnings.push(hyde::Warning::new(
                hyde::WarningKind::PluginMessage,
                "GitHub Metadata:",
                "site.name is set in _config.yml, but many plugins and themes expect site.title to be used instead. To avoid potential inconsistency, Jekyll GitHub Metadata will not set site.title to the repository's name.",
            ));
        } else if !has_title && let Some(repo) = &repo {
            let title = if repo.user_page() {
                repo.owner.clone()
            } else {
                repo.name.clone()
            };
            config.insert("title".into(), s(title));
        }
        if !config.get("description").is_some_and(Value::is_truthy) {
            config.insert("description".into(), Value::Nil);
        }
        // `url` and `baseurl` fallbacks, in production or a Pages build.
        if (site.environment == "production" || pages.page_build())
            && let Some(repo) = &repo
        {
            let (origin, path) = repo.split_url();
            if !config.get("url").is_some_and(Value::is_truthy) {
                config.insert("url".into(), s(origin));
            }
            let baseurl = config.get("baseurl");
            if baseurl.is_none_or(|b| matches!(b, Value::Nil) || b.as_str() == Some("/")) {
                config.insert("baseurl".into(), s(path));
            }
        }
        let mut github = match &repo {
            Some(repo) => metadata(&pages, repo),
            // Without a repository the gem fails on any key that needs one; these do not.
            None => {
                let mut h = Hash::new();
                h.insert("api_url".into(), s(pages.api_url()));
                h.insert("build_revision".into(), s(build_revision()));
                h.insert("environment".into(), s(pages.env.clone()));
                h.insert("help_url".into(), s(pages.help_url()));
                h.insert("hostname".into(), s(pages.github_hostname()));
                h.insert("pages_env".into(), s(pages.env.clone()));
                h.insert("pages_hostname".into(), s(pages.pages_hostname()));
                h.insert("versions".into(), Value::hash(Hash::new()));
                h
            }
        };
        match config.get("github") {
            None | Some(Value::Nil) => {}
            Some(Value::Hash(own)) => {
                let own = own.clone();
                deep_merge(&mut github, &own);
                github.sort_keys();
            }
            Some(_) => return Ok(()),
        }
        config.insert("github".into(), Value::hash(github));
        Ok(())
    }

    fn tags(&self, _site: &Site) -> Vec<Arc<dyn hyde_liquid::Tag>> {
        vec![Arc::new(EditLink)]
    }
}

/// `{% github_edit_link ["text"] %}`: the URL that edits the page on GitHub, or a
/// link to it.
struct EditLink;

static LINK_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""(.*)"|'(.*)'"#).unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// Addressable's `normalize` of a URL path: characters a path may not hold
/// percent-encoded.
fn normalize_path(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/%".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A value as `hash[key] || default` reads it: nil and false are missing.
fn part(value: Value) -> Option<String> {
    value.is_truthy().then(|| value.to_s_method())
}

impl hyde_liquid::Tag for EditLink {
    fn name(&self) -> &str {
        "github_edit_link"
    }

    fn render(&self, markup: &str, context: &Context<'_>) -> std::result::Result<String, String> {
        let text = LINK_TEXT
            .captures(markup)
            .and_then(|c| c.get(1).or_else(|| c.get(2)))
            .map(|m| m.as_str().to_owned());
        let parts = [
            part(context.get("site.github.repository_url")),
            Some("edit/".to_owned()),
            part(context.get("site.github.source.branch")),
            part(context.get("site.github.source.path")),
            part(context.get("page.path")),
        ];
        let url = if parts.iter().any(Option::is_none) {
            context.warn(
                "JekyllEditLink:",
                "Cannot generate edit URLs due to missing site.github data",
            );
            String::new()
        } else {
            let last = parts.len() - 1;
            let mut url = String::new();
            for (i, p) in parts.iter().flatten().enumerate() {
                let mut p = p.strip_prefix('/').unwrap_or(p).to_owned();
                if i != last && !p.ends_with('/') {
                    p.push('/');
                }
                if p == "/" {
                    p.clear();
                }
                url.push_str(&p);
            }
            let start = url.find("//").map_or(0, |i| i + 2);
            match url[start..].find('/') {
                Some(i) => format!(
                    "{}{}",
                    url[..start + i].to_lowercase(),
                    normalize_path(&url[start + i..])
                ),
                None => url.to_lowercase(),
            }
        };
        Ok(match text {
            Some(t) => format!("<a href=\"{url}\">{t}</a>"),
            None => url,
        })
    }
}
