//! Rebuilds the binary when the front end in web/dist changes, so the embedded page is never stale.

fn main() {
    println!("cargo:rerun-if-changed=../../web/dist");
}
