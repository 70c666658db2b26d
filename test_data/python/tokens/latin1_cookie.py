# -*- coding: latin-1 -*-
s = 'été'
naïve = 1
x = ' ­ÿ'
