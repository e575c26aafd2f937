//! Any sequence of calculator keys: no panic, and the display is always a calculator's (never
//! empty, at most 12 digits). Unlock attempts are `Pin`s, valid by construction.
#![no_main]

use harbour_core::disguise::calculator::{Calculator, Key, Op};
use libfuzzer_sys::fuzz_target;

fn key(b: u8) -> Key {
    match b % 20 {
        d @ 0..=9 => Key::Digit(d),
        10 => Key::Point,
        11 => Key::Op(Op::Add),
        12 => Key::Op(Op::Sub),
        13 => Key::Op(Op::Mul),
        14 => Key::Op(Op::Div),
        15 => Key::Equals,
        16 => Key::Percent,
        17 => Key::Sign,
        18 => Key::Clear,
        _ => if b & 0x80 == 0 { Key::Backspace } else { Key::AllClear },
    }
}

fuzz_target!(|data: &[u8]| {
    let mut calc = Calculator::new();
    for &b in data {
        drop(calc.press(key(b)));
        let view = calc.view();
        let digits = view.display.chars().filter(char::is_ascii_digit).count();
        assert!(!view.display.is_empty() && digits <= 12, "display {:?}", view.display);
    }
});
