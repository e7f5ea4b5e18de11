// placeholder until the planner UI lands
