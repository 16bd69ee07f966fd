module toolz

go 1.19
