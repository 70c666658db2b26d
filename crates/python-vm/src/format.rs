//! String formatting: `format(value, spec)` with the format-spec mini-language, the `%`
//! operator, and `str.format`.

use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::value::Value;
use crate::PyResult;

/// `format(v, spec)`: `__format__` of the value's type.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Instance(_) | Value::Other(_) => {
            if let Some(r) = vm.call_special(v, "__format__", &[Value::str(spec)])? {
                if let Value::Str(s) = r {
                    return Ok(s.s.clone());
                }
            }
            if spec.is_empty() {
                return vm.str_of(v);
            }
            if let Some(p) = Vm::builtin_payload(v) {
                return format_value(vm, &p, spec);
            }
            Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                vm.type_name(v)
            )))
        }
        _ if spec.is_empty() => vm.str_of(v),
        _ => Err(vm.new_error(
            ExcKind::ValueError,
            format!("deepdive does not support the format spec '{spec}' yet"),
        )),
    }
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, _fmt: &Value, _args: &Value) -> PyResult<String> {
    Err(vm.value_error("deepdive does not support %-formatting yet"))
}
