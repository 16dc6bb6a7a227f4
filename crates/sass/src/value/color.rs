//! Colours: reading grass's spellings, writing libsass's.

/// An sRGB colour with 8-bit channels, as libsass prints it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Color {
    r: u8,
    g: u8,
    b: u8,
    /// Opacity, 0 to 1.
    a: f64,
}

impl Color {
    /// A CSS colour keyword (`red`, `transparent`), lower case as grass writes it.
    pub(super) fn from_keyword(word: &str) -> Option<Color> {
        if word == "transparent" {
            return Some(Color {
                r: 0,
                g: 0,
                b: 0,
                a: 0.0,
            });
        }
        let (_, rgb) = NAMES.iter().find(|(name, _)| *name == word)?;
        Some(Color::from_rgb(*rgb))
    }

    /// `#rgb`, `#rrggbb` (`#rgba`, `#rrggbbaa` are left alone, as libsass 3.6 does).
    pub(super) fn from_hex(word: &str) -> Option<Color> {
        let hex = word.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let value = u32::from_str_radix(hex, 16).ok()?;
        match hex.len() {
            3 => {
                let [r, g, b] =
                    [(value >> 8) & 0xf, (value >> 4) & 0xf, value & 0xf].map(|c| c * 17);
                Some(Color::from_rgb((r << 16) | (g << 8) | b))
            }
            6 => Some(Color::from_rgb(value)),
            _ => None,
        }
    }

    /// `rgb()`, `rgba()`, `hsl()`, `hsla()` whose arguments are all plain numbers.
    pub(super) fn from_function(name: &str, args: &str) -> Option<Color> {
        let parts: Vec<&str> = args.split(',').map(str::trim).collect();
        if !(parts.len() == 3 || parts.len() == 4) {
            return None;
        }
        let a = match parts.get(3) {
            Some(alpha) => fraction(alpha, 1.0)?,
            None => 1.0,
        };
        if !(0.0..=1.0).contains(&a) {
            return None;
        }
        let (r, g, b) = match name {
            "rgb" | "rgba" => (
                fraction(parts[0], 255.0)? * 255.0,
                fraction(parts[1], 255.0)? * 255.0,
                fraction(parts[2], 255.0)? * 255.0,
            ),
            "hsl" | "hsla" => {
                let h = number(parts[0].strip_suffix("deg").unwrap_or(parts[0]))?;
                let s = number(parts[1].strip_suffix('%')?)? / 100.0;
                let l = number(parts[2].strip_suffix('%')?)? / 100.0;
                hsl_to_rgb(h, s, l)
            }
            _ => return None,
        };
        let channel = |c: f64| (c.round().clamp(0.0, 255.0)) as u8;
        Some(Color {
            r: channel(r),
            g: channel(g),
            b: channel(b),
            a,
        })
    }

    fn from_rgb(rgb: u32) -> Color {
        Color {
            r: (rgb >> 16) as u8,
            g: (rgb >> 8) as u8,
            b: rgb as u8,
            a: 1.0,
        }
    }

    /// libsass's spelling. `written` is the literal's own spelling (keyword or
    /// hex), `None` for a function's result.
    pub(super) fn write(&self, compressed: bool, written: Option<&str>) -> String {
        if !compressed && let Some(written) = written {
            // Outside compressed output libsass keeps a literal's spelling.
            return written.to_string();
        }
        if self.a < 1.0 {
            let sep = if compressed { "," } else { ", " };
            return format!(
                "rgba({}{sep}{}{sep}{}{sep}{})",
                self.r,
                self.g,
                self.b,
                alpha(self.a)
            );
        }
        let rgb = (u32::from(self.r) << 16) | (u32::from(self.g) << 8) | u32::from(self.b);
        if !compressed {
            return match self.name() {
                Some(name) => name.to_string(),
                None => format!("#{rgb:06x}"),
            };
        }
        let hex = if [self.r, self.g, self.b].iter().all(|c| c >> 4 == c & 0xf) {
            format!("#{:x}{:x}{:x}", self.r >> 4, self.g >> 4, self.b >> 4)
        } else {
            format!("#{rgb:06x}")
        };
        let name = match written {
            Some(w) if !w.starts_with('#') => Some(w),
            _ => self.name(),
        };
        match name {
            Some(name) if name.len() <= hex.len() => name.to_string(),
            _ => hex,
        }
    }

    /// `rgba(r,g,b,a)`, one spelling for every colour (for comparisons).
    #[cfg(test)]
    pub(super) fn canonical(&self) -> String {
        format!("rgba({},{},{},{})", self.r, self.g, self.b, alpha(self.a))
    }

    fn name(&self) -> Option<&'static str> {
        let rgb = (u32::from(self.r) << 16) | (u32::from(self.g) << 8) | u32::from(self.b);
        NAMES.iter().find(|(_, v)| *v == rgb).map(|(n, _)| *n)
    }
}

/// libsass's HSL to RGB (its `hsla_impl`), channels 0–255 unrounded.
fn hsl_to_rgb(h: f64, s: f64, l: f64) -> (f64, f64, f64) {
    let h = (h.rem_euclid(360.0)) / 360.0;
    let m2 = if l <= 0.5 {
        l * (s + 1.0)
    } else {
        l + s - l * s
    };
    let m1 = l * 2.0 - m2;
    let hue = |mut h: f64| {
        if h < 0.0 {
            h += 1.0;
        }
        if h > 1.0 {
            h -= 1.0;
        }
        if h * 6.0 < 1.0 {
            m1 + (m2 - m1) * h * 6.0
        } else if h * 2.0 < 1.0 {
            m2
        } else if h * 3.0 < 2.0 {
            m1 + (m2 - m1) * (2.0 / 3.0 - h) * 6.0
        } else {
            m1
        }
    };
    (
        hue(h + 1.0 / 3.0) * 255.0,
        hue(h) * 255.0,
        hue(h - 1.0 / 3.0) * 255.0,
    )
}

/// A plain number (`12`, `-0.5`, `1e3`).
fn number(text: &str) -> Option<f64> {
    if text.is_empty()
        || !text
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
    {
        return None;
    }
    text.parse().ok()
}

/// A channel or alpha as a fraction of `scale`: `50%` → 0.5, `128` → 128/scale.
fn fraction(text: &str, scale: f64) -> Option<f64> {
    match text.strip_suffix('%') {
        Some(percent) => Some(number(percent)? / 100.0),
        None => Some(number(text)? / scale),
    }
}

/// An alpha as libsass prints it: six significant digits, no trailing zeros.
fn alpha(a: f64) -> String {
    if a == 0.0 {
        return "0".to_string();
    }
    let digits = 5 - a.abs().log10().floor() as i32;
    let text = format!("{:.*}", digits.max(0) as usize, a);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// CSS colour keywords and their `0xrrggbb`, first name first where two share a value.
const NAMES: &[(&str, u32)] = &[
    ("aliceblue", 0xf0f8ff),
    ("antiquewhite", 0xfaebd7),
    ("aqua", 0x00ffff),
    ("cyan", 0x00ffff),
    ("aquamarine", 0x7fffd4),
    ("azure", 0xf0ffff),
    ("beige", 0xf5f5dc),
    ("bisque", 0xffe4c4),
    ("black", 0x000000),
    ("blanchedalmond", 0xffebcd),
    ("blue", 0x0000ff),
    ("blueviolet", 0x8a2be2),
    ("brown", 0xa52a2a),
    ("burlywood", 0xdeb887),
    ("cadetblue", 0x5f9ea0),
    ("chartreuse", 0x7fff00),
    ("chocolate", 0xd2691e),
    ("coral", 0xff7f50),
    ("cornflowerblue", 0x6495ed),
    ("cornsilk", 0xfff8dc),
    ("crimson", 0xdc143c),
    ("darkblue", 0x00008b),
    ("darkcyan", 0x008b8b),
    ("darkgoldenrod", 0xb8860b),
    ("darkgray", 0xa9a9a9),
    ("darkgrey", 0xa9a9a9),
    ("darkgreen", 0x006400),
    ("darkkhaki", 0xbdb76b),
    ("darkmagenta", 0x8b008b),
    ("darkolivegreen", 0x556b2f),
    ("darkorange", 0xff8c00),
    ("darkorchid", 0x9932cc),
    ("darkred", 0x8b0000),
    ("darksalmon", 0xe9967a),
    ("darkseagreen", 0x8fbc8f),
    ("darkslateblue", 0x483d8b),
    ("darkslategray", 0x2f4f4f),
    ("darkslategrey", 0x2f4f4f),
    ("darkturquoise", 0x00ced1),
    ("darkviolet", 0x9400d3),
    ("deeppink", 0xff1493),
    ("deepskyblue", 0x00bfff),
    ("dimgray", 0x696969),
    ("dimgrey", 0x696969),
    ("dodgerblue", 0x1e90ff),
    ("firebrick", 0xb22222),
    ("floralwhite", 0xfffaf0),
    ("forestgreen", 0x228b22),
    ("fuchsia", 0xff00ff),
    ("magenta", 0xff00ff),
    ("gainsboro", 0xdcdcdc),
    ("ghostwhite", 0xf8f8ff),
    ("gold", 0xffd700),
    ("goldenrod", 0xdaa520),
    ("gray", 0x808080),
    ("grey", 0x808080),
    ("green", 0x008000),
    ("greenyellow", 0xadff2f),
    ("honeydew", 0xf0fff0),
    ("hotpink", 0xff69b4),
    ("indianred", 0xcd5c5c),
    ("indigo", 0x4b0082),
    ("ivory", 0xfffff0),
    ("khaki", 0xf0e68c),
    ("lavender", 0xe6e6fa),
    ("lavenderblush", 0xfff0f5),
    ("lawngreen", 0x7cfc00),
    ("lemonchiffon", 0xfffacd),
    ("lightblue", 0xadd8e6),
    ("lightcoral", 0xf08080),
    ("lightcyan", 0xe0ffff),
    ("lightgoldenrodyellow", 0xfafad2),
    ("lightgray", 0xd3d3d3),
    ("lightgrey", 0xd3d3d3),
    ("lightgreen", 0x90ee90),
    ("lightpink", 0xffb6c1),
    ("lightsalmon", 0xffa07a),
    ("lightseagreen", 0x20b2aa),
    ("lightskyblue", 0x87cefa),
    ("lightslategray", 0x778899),
    ("lightslategrey", 0x778899),
    ("lightsteelblue", 0xb0c4de),
    ("lightyellow", 0xffffe0),
    ("lime", 0x00ff00),
    ("limegreen", 0x32cd32),
    ("linen", 0xfaf0e6),
    ("maroon", 0x800000),
    ("mediumaquamarine", 0x66cdaa),
    ("mediumblue", 0x0000cd),
    ("mediumorchid", 0xba55d3),
    ("mediumpurple", 0x9370db),
    ("mediumseagreen", 0x3cb371),
    ("mediumslateblue", 0x7b68ee),
    ("mediumspringgreen", 0x00fa9a),
    ("mediumturquoise", 0x48d1cc),
    ("mediumvioletred", 0xc71585),
    ("midnightblue", 0x191970),
    ("mintcream", 0xf5fffa),
    ("mistyrose", 0xffe4e1),
    ("moccasin", 0xffe4b5),
    ("navajowhite", 0xffdead),
    ("navy", 0x000080),
    ("oldlace", 0xfdf5e6),
    ("olive", 0x808000),
    ("olivedrab", 0x6b8e23),
    ("orange", 0xffa500),
    ("orangered", 0xff4500),
    ("orchid", 0xda70d6),
    ("palegoldenrod", 0xeee8aa),
    ("palegreen", 0x98fb98),
    ("paleturquoise", 0xafeeee),
    ("palevioletred", 0xdb7093),
    ("papayawhip", 0xffefd5),
    ("peachpuff", 0xffdab9),
    ("peru", 0xcd853f),
    ("pink", 0xffc0cb),
    ("plum", 0xdda0dd),
    ("powderblue", 0xb0e0e6),
    ("purple", 0x800080),
    ("rebeccapurple", 0x663399),
    ("red", 0xff0000),
    ("rosybrown", 0xbc8f8f),
    ("royalblue", 0x4169e1),
    ("saddlebrown", 0x8b4513),
    ("salmon", 0xfa8072),
    ("sandybrown", 0xf4a460),
    ("seagreen", 0x2e8b57),
    ("seashell", 0xfff5ee),
    ("sienna", 0xa0522d),
    ("silver", 0xc0c0c0),
    ("skyblue", 0x87ceeb),
    ("slateblue", 0x6a5acd),
    ("slategray", 0x708090),
    ("slategrey", 0x708090),
    ("snow", 0xfffafa),
    ("springgreen", 0x00ff7f),
    ("steelblue", 0x4682b4),
    ("tan", 0xd2b48c),
    ("teal", 0x008080),
    ("thistle", 0xd8bfd8),
    ("tomato", 0xff6347),
    ("turquoise", 0x40e0d0),
    ("violet", 0xee82ee),
    ("wheat", 0xf5deb3),
    ("white", 0xffffff),
    ("whitesmoke", 0xf5f5f5),
    ("yellow", 0xffff00),
    ("yellowgreen", 0x9acd32),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_colours_take_the_shorter_of_keyword_and_hex() {
        assert_eq!(
            Color::from_hex("#ffffff").unwrap().write(true, None),
            "#fff"
        );
        assert_eq!(Color::from_hex("#ff0000").unwrap().write(true, None), "red");
        assert_eq!(
            Color::from_keyword("white")
                .unwrap()
                .write(true, Some("white")),
            "#fff"
        );
        assert_eq!(
            Color::from_keyword("cyan")
                .unwrap()
                .write(true, Some("cyan")),
            "cyan"
        );
        assert_eq!(
            Color::from_keyword("transparent")
                .unwrap()
                .write(true, Some("transparent")),
            "rgba(0,0,0,0)"
        );
    }

    #[test]
    fn hsl_is_rounded_to_8_bit_channels() {
        assert_eq!(
            Color::from_function("hsl", "0deg, 0%, 21%")
                .unwrap()
                .write(true, None),
            "#363636"
        );
        assert_eq!(
            Color::from_function("hsl", "204deg, 71%, 53%")
                .unwrap()
                .write(false, None),
            "#3298dc"
        );
        assert_eq!(
            Color::from_function("hsla", "120deg, 50%, 50%, 0.5")
                .unwrap()
                .write(false, None),
            "rgba(64, 191, 64, 0.5)"
        );
    }

    #[test]
    fn alpha_has_six_significant_digits() {
        assert_eq!(
            Color::from_function("rgba", "0, 0, 0, 0.123456789")
                .unwrap()
                .write(true, None),
            "rgba(0,0,0,0.123457)"
        );
    }
}
