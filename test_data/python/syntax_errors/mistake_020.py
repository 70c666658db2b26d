x = 'abc" 
