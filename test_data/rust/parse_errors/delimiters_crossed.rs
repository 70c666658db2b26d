fn main(* {
    match read_config) {
        Ok(cfg) => 1,
    }
}
