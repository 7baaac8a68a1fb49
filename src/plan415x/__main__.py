from plan415x.cli import main

main()
