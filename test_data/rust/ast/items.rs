//! Inner doc comment of the file.
#![allow(dead_code)]

extern crate alloc;
extern crate core as kernel;

use std::collections::{HashMap, hash_map::Entry as E, self};
use std::fmt::*;
use ::std::io;
use a::b::{c::{d, e}, f as _};
use {x, y::z};

/// A documented struct.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub(crate) y: f64,
    z: f64,
}

pub(super) struct Pair(pub i32, i64);
struct Unit;
pub(in crate::a) struct Wrapper<T>(T) where T: Clone;

enum Shape {
    Circle { radius: f64 },
    Rect(f64, f64),
    Empty,
    Code = 3,
}

union IntOrFloat {
    i: u32,
    f: f32,
}

type Map<K> = HashMap<K, Vec<u8>>;
const MAX: usize = 10;
const _: () = ();
static GREETING: &str = "hi";
static mut COUNTER: u32 = 0;

mod inline {
    #![allow(unused)]
    pub fn f() {}
}
mod outline;

trait Shape2: Clone + 'static {
    const SIDES: u32;
    type Output: Default;
    fn area(&self) -> f64;
    fn scale(&mut self, by: f64) {
        let _ = by;
    }
}

unsafe trait Zeroable {}
auto trait Marker {}

impl Point {
    pub const ORIGIN: Point = Point { x: 0.0, y: 0.0, z: 0.0 };
    pub fn new(x: f64, y: f64) -> Self {
        Point { x, y, z: 0.0 }
    }
    fn consume(self) {}
    fn by_mut(mut self) -> Self {
        self
    }
    fn explicit(self: Box<Self>) {}
    fn with_lifetime<'a>(&'a mut self) -> &'a f64 {
        &self.x
    }
}

impl<T: Clone> Clone for Wrapper<T> where T: Copy {
    fn clone(&self) -> Self {
        Wrapper(self.0.clone())
    }
}

unsafe impl Zeroable for Point {}
impl !Send for Unit {}

extern "C" {
    fn abs(input: i32) -> i32;
    static errno: i32;
    fn printf(format: *const u8, ...) -> i32;
}

pub const unsafe extern "C" fn callback() {}
async fn fetch() -> u8 {
    1
}
const fn square(x: u32) -> u32 {
    x * x
}

macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

thread_local! {
    static LOCAL: u8 = 0;
}
