//! CPython's hash functions, so that sets iterate in CPython's order: siphash13 for strings
//! (with the all-zero key of `PYTHONHASHSEED=0`), the modular hash of numbers, and the
//! xxHash-style tuple hash.

/// `_PyHASH_MODULUS`: 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
const INF: i64 = 314159;

/// `hash(int)` for a 64-bit int.
#[inline]
pub fn int_hash(v: i64) -> i64 {
    // The remainder modulo the Mersenne prime 2**61 - 1 without a division: an int below it
    // is its own remainder (nearly every int a program hashes), and 2**61 is 1 modulo it.
    let a = v.unsigned_abs();
    let m = if a < MODULUS {
        a
    } else {
        let folded = (a & MODULUS) + (a >> HASH_BITS);
        if folded >= MODULUS {
            folded - MODULUS
        } else {
            folded
        }
    } as i64;
    let h = if v < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(int)` for a big int.
pub fn bigint_hash(v: &num_bigint::BigInt) -> i64 {
    use num_traits::ToPrimitive;
    let m = (v.magnitude() % num_bigint::BigUint::from(MODULUS))
        .to_i64()
        .unwrap_or(0);
    let h = if v.sign() == num_bigint::Sign::Minus {
        -m
    } else {
        m
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(float)` (`_Py_HashDouble`); NaN hashes as 0 here (CPython uses the object's address).
pub fn float_hash(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { INF } else { -INF };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        (e as u32) % HASH_BITS
    } else {
        HASH_BITS - 1 - (((-1 - e) as u32) % HASH_BITS)
    };
    x = ((x << e) & MODULUS) | (x >> (HASH_BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1`.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// `hash(str)`: siphash13 over the string's PEP 393 representation (1, 2 or 4 bytes per code
/// point), keyed with zeros.
pub fn str_hash(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let h = if s.is_ascii() {
        siphash13(s.as_bytes())
    } else if max < 0x100 {
        let bytes: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
        siphash13(&bytes)
    } else if max < 0x10000 {
        let bytes: Vec<u8> = s
            .chars()
            .flat_map(|c| (c as u32 as u16).to_le_bytes())
            .collect();
        siphash13(&bytes)
    } else {
        let bytes: Vec<u8> = s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect();
        siphash13(&bytes)
    };
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(bytes)`.
pub fn bytes_hash(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let h = siphash13(b) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// SipHash-1-3 with a zero key, as `pyhash.c` computes it.
fn siphash13(src: &[u8]) -> u64 {
    let (k0, k1) = (0u64, 0u64);
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    let mut b: u64 = (src.len() as u64) << 56;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v1 = v1.rotate_left(13);
            v1 ^= v0;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v3);
            v3 = v3.rotate_left(16);
            v3 ^= v2;
            v0 = v0.wrapping_add(v3);
            v3 = v3.rotate_left(21);
            v3 ^= v0;
            v2 = v2.wrapping_add(v1);
            v1 = v1.rotate_left(17);
            v1 ^= v2;
            v2 = v2.rotate_left(32);
        };
    }
    let mut chunks = src.chunks_exact(8);
    for chunk in &mut chunks {
        let mi = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        v3 ^= mi;
        round!();
        v0 ^= mi;
    }
    for (i, byte) in chunks.remainder().iter().enumerate() {
        b |= (*byte as u64) << (8 * i);
    }
    v3 ^= b;
    round!();
    v0 ^= b;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    v0 ^ v1 ^ v2 ^ v3
}

/// The tuple hash of 3.11 (`tuplehash`), from the hashes of the items.
pub fn tuple_hash(lanes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = lanes.len() as u64;
    let mut acc = P5;
    for lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// CPython's pointer hash (`_Py_HashPointer`), for objects hashed by identity.
pub fn pointer_hash(p: usize) -> i64 {
    let y = p as u64;
    let h = y.rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_hashes() {
        // Values printed by CPython 3.11 under PYTHONHASHSEED=0.
        assert_eq!(int_hash(-1), -2);
        assert_eq!(int_hash(1 << 61), 1);
        // Around the modulus and the ends of i64, where the remainder is folded rather
        // than divided (`python3 -c 'print(hash(v))'`).
        let edges: &[(i64, i64)] = &[
            ((1 << 61) - 1, 0),
            (-((1 << 61) - 1), 0),
            (-(1 << 61), -2),
            (i64::MAX, 3),
            (i64::MIN, -4),
            ((1 << 62) + 5, 7),
            (-((1 << 62) + 5), -7),
            (12345678901234567, 12345678901234567),
        ];
        for &(v, h) in edges {
            assert_eq!(int_hash(v), h, "hash({v})");
        }
        assert_eq!(float_hash(1.5), 1152921504606846977);
        assert_eq!(float_hash(2.0), 2);
    }

    #[test]
    fn str_hashes_match_cpython() {
        // `PYTHONHASHSEED=0 python3 -c 'print(hash(s))'` for ASCII, latin-1, BMP and astral
        // strings (1, 2 and 4 bytes per code point in PEP 393).
        let cases: &[(&str, i64)] = &[
            ("", 0),
            ("a", 4644417185603328019),
            ("abc", -4594863902769663758),
            ("hello world!", 839851713330019024),
            ("abcdefgh", 4574395652268504554),
            ("\u{e9}", 6047309291227476195),
            ("caf\u{e9}", 137524001917817222),
            ("\u{ff}x", -5790108811619229026),
            ("\u{20ac}", -5529981157763016009),
            ("\u{65e5}\u{672c}\u{8a9e}", 7116994712188270),
            ("a\u{20ac}b", -6176261434700135861),
            ("\u{1f600}", -3536540696076613844),
            ("a\u{1f600}", -6970120874385731343),
            ("x\u{1f600}\u{20ac}\u{e9}", -9064495479807296178),
            ("\0", 7541581120933061747),
            ("\u{10ffff}", 4658154726633327932),
        ];
        for (s, h) in cases {
            assert_eq!(str_hash(s), *h, "hash({s:?})");
        }
        assert_eq!(bytes_hash(b"abc"), -4594863902769663758);
    }

    #[test]
    fn number_hashes_match_cpython() {
        assert_eq!(float_hash(1.1), 230584300921369601);
        assert_eq!(float_hash(-0.5), -1152921504606846976);
        assert_eq!(float_hash(1e300), 1224995262755759164);
        let big = num_bigint::BigInt::from(1i64) << 100usize;
        assert_eq!(bigint_hash(&big), 549755813888);
        let neg = -(num_bigint::BigInt::from(1i64) << 70usize);
        assert_eq!(bigint_hash(&neg), -512);
    }
}
