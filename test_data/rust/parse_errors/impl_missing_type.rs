impl {}
