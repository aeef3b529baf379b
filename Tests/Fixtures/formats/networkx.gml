graph [
  directed 0
  name "Families"
  node [
    id 0
    label "Medici"
    wealth 103
    graphics [ x 1.0 y 2.0 ]
  ]
  node [
    id 1
    label "Strozzi &amp; sons &#233;"
    tags "bank"
    tags "florence"
  ]
  node [
    id 2
    label "Pazzi"
  ]
  edge [
    source 0
    target 1
    weight 2.5
  ]
  edge [
    source 1
    target 2
    type "competes with"
  ]
]
