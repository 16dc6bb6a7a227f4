//! jekyll-liquify: the `liquify` filter renders a string as Liquid, in the
//! context of the template that uses it (`{{ page.blurb | liquify }}`).

use std::sync::Arc;

use hyde_liquid::{FilterContext, Value};

use hyde::Plugin;
use hyde::Site;

/// The jekyll-liquify plugin.
pub(crate) struct Liquify;

impl Plugin for Liquify {
    fn name(&self) -> &str {
        "jekyll-liquify"
    }

    fn filters(&self, _site: &Site) -> Vec<Arc<dyn hyde_liquid::Filter>> {
        vec![Arc::new(LiquifyFilter)]
    }
}

/// The `liquify` filter: strings are rendered, anything else passes unchanged.
struct LiquifyFilter;

impl hyde_liquid::Filter for LiquifyFilter {
    fn name(&self) -> &str {
        "liquify"
    }

    /// Without a render context there is nothing to render in: the input is kept.
    fn call(&self, input: &Value, _args: &[Value]) -> Result<Value, String> {
        Ok(input.clone())
    }

    fn call_in(
        &self,
        input: &Value,
        _args: &[Value],
        context: &FilterContext<'_>,
    ) -> Result<Value, String> {
        match input {
            Value::Str(text) => context.render(text).map(Value::str),
            other => Ok(other.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hyde_liquid::{Engine, Hash, NoSite, Options};

    fn render(template: &str, globals: &Hash) -> String {
        let engine = Engine::builder(Options::default(), Arc::new(NoSite))
            .filter(Arc::new(LiquifyFilter))
            .build();
        let t = engine.parse(template, "t.html", 1).unwrap();
        engine.render(&t, globals).unwrap()
    }

    #[test]
    fn strings_render_with_the_variables_in_scope() {
        let mut page = Hash::new();
        page.insert(
            "link".into(),
            Value::str("{{ base }}/x/{{ page.n | plus: 1 }}"),
        );
        page.insert("n".into(), Value::Int(1));
        let mut globals = Hash::new();
        globals.insert("page".into(), Value::hash(page));
        let out = render(
            "{% assign base = '/root' %}{{ page.link | liquify }}",
            &globals,
        );
        assert_eq!(out, "/root/x/2");
    }

    #[test]
    fn other_values_pass_through() {
        let mut globals = Hash::new();
        globals.insert("n".into(), Value::Int(5));
        assert_eq!(render("{{ n | liquify }}", &globals), "5");
    }
}
