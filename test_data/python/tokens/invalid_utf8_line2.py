# comment
x = 'Ã('
