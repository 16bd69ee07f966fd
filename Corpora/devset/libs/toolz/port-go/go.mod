module example.com/toolz

go 1.19
