from reportextract.cli import main

raise SystemExit(main())
