module example.com/hashids

go 1.19
