/* outer /* inner /* innermost */ */ still outer */
fn main() {
    /* a /* b */ c */ let x = 1;
    /** doc /* nested */ still doc */
    let _y = x;
}
