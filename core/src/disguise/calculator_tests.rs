use super::*;

/// Keys as text: digits, `.`, `+ - * /`, `=`, `%`, `n` (±), `c` (C), `a` (AC), `b` (⌫).
fn run(keys: &str) -> (String, Vec<String>) {
    let mut calc = Calculator::new();
    let mut attempts = Vec::new();
    for k in keys.chars() {
        let key = match k {
            '0'..='9' => Key::Digit(k as u8 - b'0'),
            '.' => Key::Point,
            '+' => Key::Op(Op::Add),
            '-' => Key::Op(Op::Sub),
            '*' => Key::Op(Op::Mul),
            '/' => Key::Op(Op::Div),
            '=' => Key::Equals,
            '%' => Key::Percent,
            'n' => Key::Sign,
            'c' => Key::Clear,
            'a' => Key::AllClear,
            'b' => Key::Backspace,
            other => panic!("unknown key {other}"),
        };
        if let Some(pin) = calc.press(key) {
            attempts.push(String::from_utf8(pin.as_bytes().to_vec()).unwrap());
        }
    }
    (calc.view().display, attempts)
}

#[test]
fn key_sequences_give_the_displays_a_phone_calculator_gives() {
    // (keys, display, unlock attempt)
    let table: &[(&str, &str, Option<&str>)] = &[
        ("", "0", None),
        ("7", "7", None),
        ("0000", "0", None),
        ("12+3=", "15", None),
        ("0.1+0.2=", "0.3", None),
        ("0.1*3=", "0.3", None),
        ("0.2*0.2=", "0.04", None),
        ("2+3*4=", "14", None),
        ("2*3+4=", "10", None),
        ("3+4*", "4", None),
        ("3+4*2=", "11", None),
        ("3+4*2+1=", "12", None),
        ("10/4=", "2.5", None),
        ("1/8=", "0.125", None),
        ("1/3=", "0.3333333333", None),
        ("2/3=", "0.6666666667", None),
        ("1-2=", "-1", None),
        ("5/0=", "Error", None),
        ("5/0=7", "7", None),
        ("5/0=+", "Error", None),
        ("5/0=a", "0", None),
        ("5+3==", "11", None),
        ("5+3===", "14", None),
        ("2*3==", "18", None),
        ("10-3==", "4", None),
        ("9*9=*9=", "729", None),
        ("5+=", "10", None),
        ("2+*3=", "6", None),
        ("2*+3=", "5", None),
        ("50%", "0.5", None),
        ("50+10%", "5", None),
        ("50+10%=", "55", None),
        ("100-5%=", "95", None),
        ("200*10%=", "20", None),
        ("5n", "-5", None),
        ("5nn", "5", None),
        ("n5", "-5", None),
        ("5+n3=", "2", None),
        ("3=n", "-3", None),
        ("123b", "12", None),
        ("1b", "0", None),
        ("12+3=b", "15", None),
        ("123c", "0", None),
        ("12+3c4=", "16", None),
        ("12+3a", "0", None),
        ("1.5.2", "1.52", None),
        (".5+.5=", "1", None),
        ("1234567890123", "123456789012", None),
        ("1234567890*10=", "12345678900", None),
        ("123456789012*1000=", "1.2345679e14", None),
        ("999999999999*999999999999=", "1e24", None),
        // Beyond the exact decimal range (about 7.9e28) a calculator says Error.
        ("999999999999*999999999999*999999999999=", "Error", None),
        ("1/7/1000000000=", "1.428571e-10", None),
        // Unlocking: a bare number of PIN length, then "=".
        ("7=", "7", None),
        ("123=", "123", None),
        ("2580=", "2580", Some("2580")),
        ("0123=", "123", Some("0123")),
        ("123456789012=", "123456789012", Some("123456789012")),
        ("2580+0=", "2580", None),
        ("25.80=", "25.8", None),
        ("2580n=", "-2580", None),
        ("2580%=", "25.8", None),
        ("5+3=2580=", "2580", Some("2580")),
        ("2580==", "2580", Some("2580")),
        ("25b80=", "280", None),
        ("258b0=", "250", None),
        ("25800b=", "2580", Some("2580")),
        ("2580c1357=", "1357", Some("1357")),
        ("12+3a2580=", "2580", Some("2580")),
        ("5/0=2580=", "2580", Some("2580")),
        ("1+2=3=", "3", None),
        ("2580+", "2580", None),
    ];
    assert!(table.len() >= 60, "{} sequences", table.len());
    for (keys, display, attempt) in table {
        let (got, attempts) = run(keys);
        assert_eq!(&got, display, "keys {keys}");
        let expected: Vec<String> = attempt.iter().map(|s| s.to_string()).collect();
        assert_eq!(attempts, expected, "unlock attempts for {keys}");
        assert!(got.chars().count() <= MAX_DISPLAY, "{keys}: display {got} too long");
    }
}

#[test]
fn the_display_never_outgrows_its_bound() {
    let mut calc = Calculator::new();
    for i in 0..500u32 {
        let key = match i % 7 {
            0 => Key::Op(Op::Mul),
            1..=3 => Key::Digit((i % 10) as u8),
            4 => Key::Equals,
            5 => Key::Op(Op::Div),
            _ => Key::Point,
        };
        calc.press(key);
        assert!(calc.view().display.chars().count() <= MAX_DISPLAY);
    }
}

#[test]
fn clear_shows_c_while_typing_and_ac_otherwise() {
    let mut calc = Calculator::new();
    assert!(!calc.view().can_clear_entry);
    calc.press(Key::Digit(4));
    assert!(calc.view().can_clear_entry);
    calc.press(Key::Op(Op::Add));
    assert_eq!(calc.view().pending, Some(Op::Add));
    assert_eq!(calc.expression(), "4 +");
}
