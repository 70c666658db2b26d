a = b ==
