//! Binding a call's arguments to a Python function's parameters (`_PyEval_MakeFrameVector`'s
//! `initialize_locals`), with CPython's error messages for calls that do not fit.

use std::rc::Rc;

use crate::dict::Dict;
use crate::interp::Vm;
use crate::value::{Function, Value};
use crate::PyResult;

/// Fills `fast` (the new frame's locals) from positional and keyword arguments, defaults,
/// `*args` and `**kwargs`.
pub fn bind_args(
    vm: &mut Vm,
    f: &Rc<Function>,
    fast: &mut [Value],
    mut args: Vec<Value>,
    kwnames: &[Value],
) -> PyResult<()> {
    let code = f.code.clone();
    let co = &code.co;
    let argcount = co.argcount as usize;
    let posonly = co.posonlyargcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let has_varargs = co.flags & python_compiler::flags::VARARGS != 0;
    let has_varkw = co.flags & python_compiler::flags::VARKEYWORDS != 0;
    let total = argcount + kwonly;
    let qualname = f.qualname.borrow().s.clone();

    let kwvalues = args.split_off(args.len() - kwnames.len());
    let npos = args.len();

    // **kwargs dict, when the function takes one.
    let kwdict = if has_varkw {
        let d = Rc::new(Dict::new());
        fast[total + has_varargs as usize] = Value::Dict(d.clone());
        Some(d)
    } else {
        None
    };

    // Positional arguments.
    let n = npos.min(argcount);
    let mut extra = Vec::new();
    for (i, v) in args.into_iter().enumerate() {
        if i < n {
            fast[i] = v;
        } else {
            extra.push(v);
        }
    }
    if has_varargs {
        fast[total] = Value::tuple(extra);
    } else if npos > argcount {
        let defaults = f.defaults.borrow().len();
        let kw_given = kwnames
            .iter()
            .filter(|k| {
                let name = k.as_str().unwrap_or("");
                co.varnames[argcount..total].iter().any(|v| v == name)
            })
            .count();
        let takes = if defaults > 0 {
            format!("from {} to {}", argcount - defaults, argcount)
        } else {
            argcount.to_string()
        };
        let plural = if argcount == 1 && defaults == 0 {
            ""
        } else {
            "s"
        };
        let given = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos,
                if npos == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
        };
        return Err(vm.type_error(format!(
            "{qualname}() takes {takes} positional argument{plural} but {given}"
        )));
    }

    // Keyword arguments.
    let mut posonly_as_kw = Vec::new();
    for (name, value) in kwnames.iter().zip(kwvalues) {
        let key = name.as_str().unwrap_or("");
        let slot = co.varnames[..total].iter().position(|v| v == key);
        match slot {
            Some(i) if i >= posonly => {
                if !fast[i].is_null() {
                    return Err(vm.type_error(format!(
                        "{qualname}() got multiple values for argument '{key}'"
                    )));
                }
                fast[i] = value;
            }
            _ => match &kwdict {
                Some(d) => {
                    if let Value::Str(s) = name {
                        d.set_str(s.clone(), value);
                    }
                }
                None => {
                    if slot.is_some() {
                        posonly_as_kw.push(key.to_string());
                        continue;
                    }
                    return Err(vm.type_error(format!(
                        "{qualname}() got an unexpected keyword argument '{key}'"
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        )));
    }

    // Defaults for the positional parameters that are still missing.
    let defaults = f.defaults.borrow().clone();
    let first_default = argcount - defaults.len().min(argcount);
    let mut missing = Vec::new();
    for i in 0..argcount {
        if fast[i].is_null() {
            if i >= first_default {
                fast[i] = defaults[i - first_default].clone();
            } else {
                missing.push(co.varnames[i].clone());
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(missing_message(&qualname, &missing, "positional")));
    }
    // Keyword-only defaults.
    let kwdefaults = f.kwdefaults.borrow().clone();
    let mut missing = Vec::new();
    for (slot, name) in fast[argcount..total]
        .iter_mut()
        .zip(&co.varnames[argcount..total])
    {
        if slot.is_null() {
            match kwdefaults.as_ref().and_then(|d| d.get_by_name(name)) {
                Some(v) => *slot = v,
                None => missing.push(name.clone()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(missing_message(&qualname, &missing, "keyword-only")));
    }
    Ok(())
}

/// "f() missing 2 required positional arguments: 'a' and 'b'".
fn missing_message(qualname: &str, missing: &[String], kind: &str) -> String {
    let names: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
    let list = match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    };
    format!(
        "{qualname}() missing {} required {kind} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    )
}
